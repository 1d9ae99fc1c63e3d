import { client, graphic } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

// What the browser needs to move the page, not the story's words: those arrive as markup.
// The story was validated when the build started (see src/lib/story/vite-plugin.ts).
export const load: LayoutServerLoad = () => ({ client, graphic });
