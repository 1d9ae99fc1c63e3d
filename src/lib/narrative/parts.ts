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
/**
 * Steps the story's own page (`/`, /embed/) lays out from its HTML. The rest of the story is
 * in that HTML too, for readers without scripts and crawlers, inside `<noscript data-rest>`:
 * with scripts the browser reads it as text, not elements, so the first layout costs the
 * same at any size of story, and the page places the rest a step per task ($lib/narrative/fill).
 */
export const LEAD_STEPS = 4;
/** The element holding what the page places after its first steps (see LEAD_STEPS). */
export const REST_SELECTOR = 'noscript[data-rest]';
/** After the first steps, a link on to the next event: scripts that never ran leave it. */
export const CONTINUES_SELECTOR = '[data-continues]';

/** Their styles, one stylesheet every page with story markup links. */
export const STYLESHEET_PATH = '/fragments/story.css';

/** How much of the story a page's hosts hold: all of it, its first steps, or one event. */
export type Filled = 'all' | 'lead' | 'event';

/** An empty host in server-rendered HTML, as Svelte writes it: `<div … data-story-part="steps"></div>`. */
export function hostPattern(part: StoryPart): RegExp {
	return new RegExp(`(<div[^>]*\\s${HOST_ATTR}="${part}"[^>]*>)(</div>)`);
}

/**
 * Fill each empty host with its markup and say how much it holds (`data-filled`: "all",
 * "lead" or "event"), so the browser knows whether to place or fetch the rest. A missing host is left alone.
 */
export function fillHostMarkup(
	html: string,
	parts: Partial<Record<StoryPart, string>>,
	filled: Filled
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
