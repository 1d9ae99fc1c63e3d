/**
 * The story's static parts as HTML, rendered once per build with Svelte's server renderer
 * (components in src/lib/narrative/, their styles injected with them). The story page
 * leaves empty hosts; src/hooks.server.ts fills them, and /fragments/story.html serves the
 * whole story for pages that opened with less. Work done once, at build time.
 */
import { render } from 'svelte/server';
import StoryMarkup from '$lib/narrative/StoryMarkup.svelte';
import { STORY_PARTS, withoutHydrationMarkers, type StoryPart } from '$lib/narrative/parts';
import { index, story } from './story';

export interface Markup {
	/** the components' styles, as <style> elements (pages link them as one stylesheet instead) */
	head: string;
	parts: Record<StoryPart, string>;
	/** the whole story, or one event page's own event */
	filled: 'all' | 'event';
}

/** The `<style>` elements of a server render's head, one per component however often it appears. */
export function uniqueStyles(head: string): string {
	return [...new Set(head.match(/<style[\s\S]*?<\/style>/g) ?? [])].join('');
}

function renderMarkup(eventId: string | null): Markup {
	let head = '';
	const parts = {} as Record<StoryPart, string>;
	for (const part of STORY_PARTS) {
		const out = render(StoryMarkup, { props: { story, index, part, eventId } });
		head += out.head;
		parts[part] = withoutHydrationMarkers(out.body);
	}
	return { head: uniqueStyles(head), parts, filled: eventId ? 'event' : 'all' };
}

let whole: Markup | undefined;

/** The whole story (rendered once), or an event page's own event (linear in the story). */
export function storyMarkup(eventId: string | null = null): Markup {
	if (eventId) return renderMarkup(eventId);
	return (whole ??= renderMarkup(null));
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
