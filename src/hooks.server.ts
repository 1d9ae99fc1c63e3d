/**
 * Build-time additions to prerendered pages that the browser never needs as code: an event
 * page's structured data (JSON-LD) is written into its HTML here, so none of it ships in JS.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { index, story } from '$lib/server/story';
import { eventPath, storyPath } from '$lib/routing/urls';
import { eventCardPath } from '$lib/seo/card';
import { absoluteUrl } from '$lib/seo/url';
import { eventJsonLd, jsonLdText } from '$lib/seo/jsonld';

export const handle: Handle = async ({ event, resolve }) => {
	const found =
		event.route.id === '/(story)/events/[id]' && index.eventById.get(event.params.id ?? '');
	if (!found) return resolve(event);
	const abs = (path: string) => absoluteUrl(event.url.origin, path);
	const data = eventJsonLd(story, found, {
		page: abs(eventPath(base, found.id)),
		story: abs(storyPath(base)),
		image: abs(eventCardPath(base, found.id))
	});
	// Data, not script: the CSP does not apply to it, and "<" is escaped so no text ends it.
	const tag = `<script type="application/ld+json">${jsonLdText(data)}</script>`;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('</head>', `${tag}\n</head>`)
	});
};
