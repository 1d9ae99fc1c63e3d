/**
 * Build-time additions to prerendered pages that the browser never needs as code:
 * - the story page's empty hosts are filled with the story's static markup: `/` gets the
 *   whole story, an event page its own event only (the rest is one shared file,
 *   /fragments/story.html, that the browser fetches and caches once). The markup is never
 *   serialized as data for hydration: Svelte does not own it.
 * - an event page's structured data (JSON-LD) is written into its HTML.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { fillHostMarkup } from '$lib/narrative/parts';
import { storyMarkup } from '$lib/server/markup';
import { index, story } from '$lib/server/story';
import { eventPath, storyPath } from '$lib/routing/urls';
import { eventCardPath } from '$lib/seo/card';
import { absoluteUrl } from '$lib/seo/url';
import { eventJsonLd, jsonLdText } from '$lib/seo/jsonld';

export const handle: Handle = async ({ event, resolve }) => {
	const route = event.route.id;
	// The story and its embedded copy; an event page of either holds its own event.
	const whole = route === '/(story)' || route === '/embed';
	const one = route === '/(story)/events/[id]' || route === '/embed/[id]';
	const found = one ? index.eventById.get(event.params.id ?? '') : undefined;
	if (!whole && !found) return resolve(event);
	const markup = storyMarkup(found?.id ?? null);
	let head = markup.head;
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
			fillHostMarkup(html, markup.parts, markup.filled).replace('</head>', `${head}</head>`)
	});
};
