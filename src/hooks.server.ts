/**
 * Fills the story page's empty hosts with the story's static markup while pages are
 * prerendered: `/` gets the whole story, an event page its own event only (the rest is
 * one shared file, /fragments/story.html, that the browser fetches and caches once).
 * The markup is never serialized as data for hydration: Svelte does not own it.
 */
import type { Handle } from '@sveltejs/kit';
import { fillHostMarkup } from '$lib/narrative/parts';
import { storyMarkup } from '$lib/server/markup';
import { index } from '$lib/server/story';

export const handle: Handle = ({ event, resolve }) => {
	const route = event.route.id;
	const eventId = route === '/(story)/events/[id]' ? (event.params.id ?? null) : null;
	if (route !== '/(story)' && !(eventId && index.eventById.has(eventId))) return resolve(event);
	const markup = storyMarkup(eventId);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			fillHostMarkup(html, markup.parts, markup.filled).replace('</head>', `${markup.head}</head>`)
	});
};
