import { client, graphic } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

// As the story's layout: what moves, not the words (those are filled in as markup).
export const load: LayoutServerLoad = () => ({ client, graphic });
