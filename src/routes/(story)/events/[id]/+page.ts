import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { eventPath } from '$lib/routing/urls';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { story } = await parent();
	if (story.events.some((e) => e.id === params.id)) return { id: params.id };
	const renamed = story.events.find((e) => e.formerIds?.includes(params.id));
	if (renamed) redirect(308, eventPath(base, renamed.id));
	error(404, `No event "${params.id}"`);
};
