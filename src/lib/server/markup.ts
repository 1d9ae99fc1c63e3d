/**
 * The story's static parts as HTML, rendered once per build with Svelte's server renderer
 * (components in src/lib/narrative/, their styles injected with them). The story page
 * leaves empty hosts; src/hooks.server.ts fills them, and /fragments/story.html serves the
 * whole story for pages that opened with less. Work done once, at build time.
 */
import { render } from 'svelte/server';
import StoryMarkup from '$lib/narrative/StoryMarkup.svelte';
import {
	LEAD_STEPS,
	STORY_PARTS,
	withoutHydrationMarkers,
	type Filled,
	type StoryPart
} from '$lib/narrative/parts';
import { index, story } from './story';

export interface Markup {
	/** the components' styles, as <style> elements (pages link them as one stylesheet instead) */
	head: string;
	parts: Record<StoryPart, string>;
	/** the whole story, its first steps (the rest for readers without scripts), or one event */
	filled: Filled;
}

/** The `<style>` elements of a server render's head, one per component however often it appears. */
export function uniqueStyles(head: string): string {
	return [...new Set(head.match(/<style[\s\S]*?<\/style>/g) ?? [])].join('');
}

function renderMarkup(eventId: string | null, lead: number | null): Markup {
	let head = '';
	const parts = {} as Record<StoryPart, string>;
	for (const part of STORY_PARTS) {
		const out = render(StoryMarkup, { props: { story, index, part, eventId, lead } });
		head += out.head;
		parts[part] = withoutHydrationMarkers(out.body);
	}
	// What follows the first steps must end where its noscript does: a browser running
	// scripts reads it as text up to the first "</noscript", wherever that stands.
	for (const part of STORY_PARTS) {
		const opened = parts[part].match(/<noscript\b/gi)?.length ?? 0;
		const closed = parts[part].match(/<\/noscript/gi)?.length ?? 0;
		if (opened !== closed)
			throw new Error(
				`Story markup (${part}): ${closed} "</noscript" for ${opened} noscript elements; story text must not contain "</noscript"`
			);
	}
	const filled = eventId ? 'event' : lead === null ? 'all' : 'lead';
	return { head: uniqueStyles(head), parts, filled };
}

let whole: Markup | undefined;
let led: Markup | undefined;

/**
 * The whole story (rendered once; /fragments/story.html), an event page's own event (linear
 * in the story), or with `lead` the story's own page: its first steps, then the rest as
 * text for the page to place (LEAD_STEPS).
 */
export function storyMarkup(eventId: string | null = null, lead = false): Markup {
	if (eventId) return renderMarkup(eventId, null);
	if (lead) return (led ??= renderMarkup(null, LEAD_STEPS));
	return (whole ??= renderMarkup(null, null));
}

/**
 * Every style the story's markup uses, as one stylesheet (src/routes/fragments/story.css)
 * that every page links and the browser caches once, rather than inline in each page.
 */
export function storyStylesheet(): string {
	return storyMarkup()
		.head.replace(/<style[^>]*>/g, '')
		.replace(/<\/style>/g, '\n');
}
