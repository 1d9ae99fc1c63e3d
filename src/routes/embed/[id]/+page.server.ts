import { error } from '@sveltejs/kit';
import { index, story } from '$lib/server/story';
import { eventDateLabel } from '$lib/time/dates';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => story.events.map((e) => ({ id: e.id }));

/** The embedded event's own title and summary: the rest of the story is not data here. */
export const load: PageServerLoad = ({ params }) => {
	const event = index.eventById.get(params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return {
		id: event.id,
		meta: { title: event.title, date: eventDateLabel(event), summary: event.summary }
	};
};
