/**
 * What the slides need (the story without its teaching notes, and the time axis) as one
 * file that every slide's page shares, as the story pages share theirs: a copy in each of
 * the hundred-odd slide pages made the build grow with the square of the story.
 */
import { buildIndex, type StoryIndex } from '$lib/story/indexes';
import { fetchShared } from '$lib/story/page-data';
import type { Story } from '$lib/story/schema';
import type { AxisLayout } from '$lib/time/views';

export interface DeckData {
	story: Story;
	axis: AxisLayout;
}

/** Served by src/routes/fragments/deck.json. */
export const DECK_DATA_PATH = '/fragments/deck.json';

/** The present layout's universal load: never serialized into a slide's page. */
export async function loadDeckData(): Promise<DeckData & { index: StoryIndex }> {
	if (import.meta.env.SSR) {
		const { audience, audienceIndex, axis } = await import('$lib/server/story');
		return { story: audience, index: audienceIndex, axis };
	}
	const { story, axis } = await fetchShared<DeckData>(DECK_DATA_PATH);
	// Lookups are cheaper to rebuild than to send.
	return { story, index: buildIndex(story), axis };
}
