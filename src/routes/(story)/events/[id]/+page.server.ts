import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { eventPath } from '$lib/routing/urls';
import { eventDateLabel } from '$lib/time/dates';
import { index, story } from '$lib/server/story';
import { eventCardAlt } from '$lib/seo/card';
import type { EntryGenerator, PageServerLoad } from './$types';

// Former ids are listed too: each becomes a redirect page to the event's new id.
export const entries: EntryGenerator = () =>
	story.events.flatMap((e) => [e.id, ...(e.formerIds ?? [])].map((id) => ({ id })));

/** The page's own event, for its title and card tags: the rest of the story is not data here. */
export const load: PageServerLoad = ({ params }) => {
	const event = index.eventById.get(params.id);
	if (event)
		return {
			id: event.id,
			meta: {
				title: event.title,
				date: eventDateLabel(event),
				iso: event.when.date,
				summary: event.summary,
				cardAlt: eventCardAlt(story, event)
			}
		};
	const renamed = index.redirects.get(params.id);
	if (renamed) redirect(308, eventPath(base, renamed));
	error(404, `No event "${params.id}"`);
};
