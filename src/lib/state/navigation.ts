/**
 * In-page navigation to an event, offered by the story page to the links inside it.
 * Outside the story page (handout, 404) there is none and links navigate normally.
 */
import { createContext } from 'svelte';

export interface StoryNavigation {
	/** Moves the reader to the event; false when it is not on this page. */
	goTo(id: string): boolean;
}

const [get, set, has] = createContext<StoryNavigation>();

export function getStoryNavigation(): StoryNavigation | null {
	return has() ? get() : null;
}
export const setStoryNavigation = set;
