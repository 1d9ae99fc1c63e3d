import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import story from 'virtual:story';
import { eventPath } from '$lib/routing/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

// Former ids are prerendered too: each becomes a redirect page to the event's new id.
export const entries: EntryGenerator = () =>
	story.events.flatMap((e) => [e.id, ...(e.formerIds ?? [])].map((id) => ({ id })));

export const load: PageServerLoad = ({ params }) => {
	const event = story.events.find((e) => e.id === params.id);
	if (event) return { id: event.id };
	const renamed = story.events.find((e) => e.formerIds?.includes(params.id));
	if (renamed) redirect(308, eventPath(base, renamed.id));
	error(404, `No event "${params.id}"`);
};
