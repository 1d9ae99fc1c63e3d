import { json } from '@sveltejs/kit';
import { client, graphic } from '$lib/server/story';
import type { StoryPageData } from '$lib/story/page-data';

export const prerender = true;

/** The story pages' data, once for all of them (see src/lib/story/page-data.ts). */
export const GET = () => json({ client, graphic } satisfies StoryPageData);
