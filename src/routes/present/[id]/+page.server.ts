import { error } from '@sveltejs/kit';
import story from 'virtual:story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [
	...story.eras.map((e) => ({ id: e.id })),
	...story.events.map((e) => ({ id: e.id }))
];

export const load: PageServerLoad = ({ params }) => {
	const known =
		story.events.some((e) => e.id === params.id) || story.eras.some((e) => e.id === params.id);
	if (!known) error(404, `No slide "${params.id}"`);
	return { id: params.id };
};
