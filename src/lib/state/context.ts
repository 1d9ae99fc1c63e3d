/**
 * What the story page shares with the components inside it: the client's slice of the
 * story, the active event and the lens. StoryPage creates and owns all three; the rest
 * read them here instead of receiving them through every level of props.
 */
import { getContext, setContext } from 'svelte';
import type { ClientStory } from '$lib/story/client';
import type { ActiveEvent } from './active.svelte';
import type { Lens } from '$lib/lens/lens.svelte';
import type { Filters } from '$lib/lens/filters';

export interface PageContext {
	data: ClientStory;
	active: ActiveEvent;
	lens: Lens;
	/** move to an event (a link, a key, a search result) */
	go: (id: string) => void;
	/** change the lens (and the address bar with it) */
	setFilters: (next: Filters) => void;
}

const KEY = Symbol('story-page');

export function setPageContext(ctx: PageContext): PageContext {
	return setContext(KEY, ctx);
}

export function getPageContext(): PageContext {
	const ctx = getContext<PageContext | undefined>(KEY);
	if (!ctx) throw new Error('getPageContext: used outside the story page');
	return ctx;
}
