/**
 * What a story page's script needs (the browser's slice of the story and what the graphic
 * draws) as one file every page shares and the browser caches once, rather than a copy
 * serialized into each prerendered page: that copy made the build grow with the square of
 * the story. The server renders from the same values (see the layouts' universal loads).
 */
import { base } from '$app/paths';
import type { ClientStory } from './client';
import type { GraphicData } from '../timeline/graphic-data';
import { GRAPHIC_ISLAND } from '../island';

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
export async function loadStoryPageData({
	params
}: {
	params: { id?: string };
}): Promise<StoryPageData> {
	if (import.meta.env.SSR) {
		const [{ client, graphic }, { render }, { getRequestEvent }, { default: GraphicPanel }] =
			await Promise.all([
				import('$lib/server/story'),
				import('svelte/server'),
				import('$app/server'),
				// Imported as the browser imports it, so SvelteKit links its styles from the head.
				import('$lib/timeline/GraphicPanel.svelte')
			]);
		// The sticky graphic is an island ($lib/island): drawn here as StoryPage's first render
		// would (no lens yet; an event page draws no marks), written into its host by the hook.
		const props = {
			data: graphic,
			activeId: params.id ?? null,
			faded: new Set<string>(),
			filtered: false,
			marks: !params.id
		};
		const { locals } = getRequestEvent();
		locals.islands = { ...locals.islands, [GRAPHIC_ISLAND]: render(GraphicPanel, { props }).body };
		return { client, graphic };
	}
	return fetchShared<StoryPageData>(STORY_DATA_PATH);
}
