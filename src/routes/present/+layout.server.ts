import { audience, audienceIndex, axis } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

// The projector's page carries no teaching notes, not even in its data;
// the presenter view fetches them from /present/notes.json.
export const load: LayoutServerLoad = () => ({ story: audience, index: audienceIndex, axis });
