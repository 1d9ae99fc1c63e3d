/**
 * What a story page's script needs (the browser's slice of the story and what the graphic
 * draws) as one file every page shares and the browser caches once, rather than a copy
 * serialized into each prerendered page: that copy made the build grow with the square of
 * the story. The server renders from the same values (see the layouts' universal loads).
 */
import { base } from '$app/paths';
import type { ClientStory } from './client';
import type { GraphicData } from '../timeline/graphic-data';

export interface StoryPageData {
	client: ClientStory;
	graphic: GraphicData;
}

/** Served by src/routes/fragments/story-data.json, preloaded by the pages that read it. */
export const STORY_DATA_PATH = '/fragments/story-data.json';

/** A shared JSON file of this build, with a clear error when it is missing or stale. */
export async function fetchShared<T>(path: string): Promise<T> {
	const response = await fetch(base + path);
	if (!response.ok) throw new Error(`${base + path}: ${response.status} ${response.statusText}`);
	return (await response.json()) as T;
}

/**
 * The layouts' universal load: never serialized into the page. The server renders from the
 * build's values; the browser reads the one shared file (each branch is dead code on the other side).
 */
export async function loadStoryPageData(): Promise<StoryPageData> {
	if (import.meta.env.SSR) {
		const { client, graphic } = await import('$lib/server/story');
		return { client, graphic };
	}
	return fetchShared<StoryPageData>(STORY_DATA_PATH);
}
