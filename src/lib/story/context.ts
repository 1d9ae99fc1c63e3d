/**
 * The validated story for components rendered from it (steps, slides, handout), through a
 * typed context rather than props passed down every level. Set once by the component at
 * the top of each rendering (StoryBody, the deck, the handout).
 */
import { getContext, setContext } from 'svelte';
import type { Story } from './schema';
import type { StoryIndex } from './indexes';

export interface StoryContext {
	story: Story;
	index: StoryIndex;
	/** a link to a part of the story (a source, a disagreement): "#id" where the whole story
	 * is on the page, the story page's address where it is not (an event page) */
	anchor: (id: string) => string;
}

const KEY = Symbol('story');

export function setStoryContext(
	ctx: Omit<StoryContext, 'anchor'> & Partial<Pick<StoryContext, 'anchor'>>
): StoryContext {
	return setContext(KEY, { anchor: (id: string) => `#${id}`, ...ctx });
}

export function getStoryContext(): StoryContext {
	const ctx = getContext<StoryContext | undefined>(KEY);
	if (!ctx) throw new Error('getStoryContext: no story set above this component');
	return ctx;
}
