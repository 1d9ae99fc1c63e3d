import story from 'virtual:story';
import { withoutTeachingNotes } from '$lib/present/notes';
import { axisLayout } from '$lib/time/scale';
import { buildIndex } from '$lib/story/indexes';
import type { LayoutServerLoad } from './$types';

// The projector's page carries no teaching notes, not even in its data;
// the presenter view fetches them from /present/notes.json.
export const load: LayoutServerLoad = () => {
	const audience = withoutTeachingNotes(story);
	return { story: audience, index: buildIndex(audience), axis: axisLayout(story) };
};
