import { axis, index, story } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ story, index, axis });
