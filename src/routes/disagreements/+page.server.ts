import { index, story } from '$lib/server/story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ story, index });
