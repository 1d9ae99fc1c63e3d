import story from 'virtual:story';
import { buildIndex } from '$lib/story/indexes';
import { axisLayout } from '$lib/time/scale';
import type { LayoutServerLoad } from './$types';

// The story was validated when the build started (see src/lib/story/vite-plugin.ts).
export const load: LayoutServerLoad = () => ({
	story,
	index: buildIndex(story),
	axis: axisLayout(story)
});
