import { axis, graphic, index, story } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

// The story was validated when the build started (see src/lib/story/vite-plugin.ts).
export const load: LayoutServerLoad = () => ({ story, index, axis, graphic });
