import { error } from '@sveltejs/kit';
import story from 'virtual:story';
import { buildSlides } from '$lib/present/slides';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every slide has its own address: eras, events, an event's further slides, disagreements.
const ids = buildSlides(story).flatMap((s) => (s.id ? [s.id] : []));

export const entries: EntryGenerator = () => ids.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	if (!ids.includes(params.id)) error(404, `No slide "${params.id}"`);
	return { id: params.id };
};
