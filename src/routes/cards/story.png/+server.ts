import { axis, story } from '$lib/server/story';
import { renderCard, storyCardTree } from '$lib/server/card';

export const prerender = true;

export const GET = async () =>
	new Response(await renderCard(storyCardTree(story, axis)), {
		headers: { 'content-type': 'image/png' }
	});
