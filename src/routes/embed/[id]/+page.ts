import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { story } = await parent();
	if (!story.events.some((e) => e.id === params.id)) error(404, `No event "${params.id}"`);
	return { id: params.id };
};
