import { loadStoryPageData } from '$lib/story/page-data';
import type { LayoutLoad } from './$types';

// Universal, so the story's data is one shared file rather than a copy in every page.
export const load: LayoutLoad = loadStoryPageData;
