/**
 * Build-time additions to prerendered pages that the browser never needs as code:
 * - the story page's empty hosts are filled with the story's static markup: `/` gets its
 *   first steps, and the rest as text it places itself (LEAD_STEPS); an event page its own
 *   event only (the rest is one shared file, /fragments/story.html, that the browser
 *   fetches and caches once). The markup is never serialized as data for hydration:
 *   Svelte does not own it.
 * - those pages link the markup's styles, one stylesheet (/fragments/story.css);
 * - every page that reads a shared data file (story, embed, slides) asks for it with the HTML
 *   (after the first paint, with the scripts);
 * - islands' markup, rendered by the page's load, is written into their hosts ($lib/island:
 *   the sticky graphic hydrates after the page, from code of its own; the handout's tables
 *   never do), and the styles a page's load rendered with such markup into its head;
 * - an event page's structured data (JSON-LD) is written into its HTML;
 * - scripts are asked for, and run, after the first paint ($lib/server/head).
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { fillHostMarkup, STYLESHEET_PATH } from '$lib/narrative/parts';
import { storyMarkup } from '$lib/server/markup';
import { eventPath, storyPath } from '$lib/routing/urls';
import { eventCardPath } from '$lib/seo/card';
import { absoluteUrl } from '$lib/seo/url';
import { eventJsonLd, jsonLdText } from '$lib/seo/jsonld';
import { STORY_DATA_PATH } from '$lib/story/page-data';
import { DECK_DATA_PATH } from '$lib/present/deck-data';
import { scriptsAfterPaint } from '$lib/server/head';
import { fillIslands } from '$lib/island';
import { index, story } from '$lib/server/story';

/** Each page kind's shared data file, fetched by its universal load: asked for with the HTML. */
function preloadFor(route: string | null): string {
	const path = route?.startsWith('/present')
		? DECK_DATA_PATH
		: route?.startsWith('/(story)') || route?.startsWith('/embed')
			? STORY_DATA_PATH
			: null;
	return path
		? `<link rel="preload" href="${base}${path}" as="fetch" crossorigin="anonymous">`
		: '';
}

export const handle: Handle = async ({ event, resolve }) => {
	const route = event.route.id;
	const preload = preloadFor(route);
	// The story and its embedded copy; an event page of either holds its own event.
	const whole = route === '/(story)' || route === '/embed';
	const one = route === '/(story)/events/[id]' || route === '/embed/[id]';
	const found = one ? index.eventById.get(event.params.id ?? '') : undefined;
	if (!whole && !found)
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				scriptsAfterPaint(
					fillIslands(
						html.replace('</head>', `${preload}${event.locals.head ?? ''}</head>`),
						event.locals.islands
					)
				)
		});
	const markup = storyMarkup(found?.id ?? null, whole);
	// The markup's styles are one cached stylesheet, not a copy inline in every page.
	let head = `<link rel="stylesheet" href="${base}${STYLESHEET_PATH}">${preload}`;
	if (found && route === '/(story)/events/[id]') {
		const abs = (path: string) => absoluteUrl(event.url.origin, path);
		const data = eventJsonLd(story, found, {
			page: abs(eventPath(base, found.id)),
			story: abs(storyPath(base)),
			image: abs(eventCardPath(base, found.id))
		});
		// Data, not script: the CSP does not apply to it, and "<" is escaped so no text ends it.
		head += `<script type="application/ld+json">${jsonLdText(data)}</script>`;
	}
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			scriptsAfterPaint(
				fillIslands(
					fillHostMarkup(html, markup.parts, markup.filled),
					event.locals.islands
				).replace('</head>', `${head}${event.locals.head ?? ''}</head>`)
			)
	});
};
