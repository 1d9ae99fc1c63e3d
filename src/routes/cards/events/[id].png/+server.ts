import { error } from '@sveltejs/kit';
import { axis, index, story } from '$lib/server/story';
import { eventCardTree, renderCard } from '$lib/server/card';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => story.events.map((e) => ({ id: e.id }));

export const GET: RequestHandler = async ({ params }) => {
	const event = index.eventById.get(params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return new Response(await renderCard(eventCardTree(story, axis, event)), {
		headers: { 'content-type': 'image/png' }
	});
};
