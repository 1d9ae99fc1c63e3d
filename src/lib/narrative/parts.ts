/**
 * The story's static parts and the empty hosts the page leaves for them. The server fills
 * each host at build time; the browser fills them from /fragments/story.html when a page
 * opened with less (an event page, or a client-side navigation back to the story).
 */
export const STORY_PARTS = ['intro', 'steps', 'end'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/** The attribute that marks a host; its value is the part. */
export const HOST_ATTR = 'data-story-part';

/** Where the full story's parts are served, for pages that opened with less. */
export const FRAGMENT_PATH = '/fragments/story.html';
/** Their styles, one stylesheet every page with story markup links. */
export const STYLESHEET_PATH = '/fragments/story.css';

/** An empty host in server-rendered HTML, as Svelte writes it: `<div … data-story-part="steps"></div>`. */
export function hostPattern(part: StoryPart): RegExp {
	return new RegExp(`(<div[^>]*\\s${HOST_ATTR}="${part}"[^>]*>)(</div>)`);
}

/**
 * Fill each empty host with its markup and say how much it holds (`data-filled`: "all" or
 * "event"), so the browser knows whether to fetch the rest. A missing host is left alone.
 */
export function fillHostMarkup(
	html: string,
	parts: Partial<Record<StoryPart, string>>,
	filled: 'all' | 'event'
): string {
	let out = html;
	for (const part of STORY_PARTS) {
		const markup = parts[part];
		if (markup === undefined) continue;
		out = out.replace(
			hostPattern(part),
			(_, open: string, close: string) =>
				`${open.slice(0, -1)} data-filled="${filled}">${markup}${close}`
		);
	}
	return out;
}

/** Svelte's block markers (<!--[-->, <!--]-->, <!---->) only matter to hydration, which this markup never meets. */
export function withoutHydrationMarkers(html: string): string {
	return html.replace(/<!--(?:\[!?-?\d*|\]|)-->/g, '');
}
