import story from 'virtual:story';
import { withoutTeachingNotes } from '$lib/present/notes';
import type { LayoutServerLoad } from './$types';

// The projector's page carries no teaching notes, not even in its data;
// the presenter view fetches them from /present/notes.json.
export const load: LayoutServerLoad = () => ({ story: withoutTeachingNotes(story) });
