import story from 'virtual:story';
import { buildIndex } from '$lib/story/indexes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ story, index: buildIndex(story) });
