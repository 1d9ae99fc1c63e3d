/**
 * The validated story and everything derived from it, computed once per build
 * rather than once per prerendered page. Server-only ($lib/server): loads pass
 * these down as data.
 */
import story from 'virtual:story';
import { buildIndex } from '$lib/story/indexes';
import { axisLayout } from '$lib/time/scale';
import { withoutTeachingNotes } from '$lib/present/notes';
import { clientStory } from '$lib/story/client';

export { story };
export const index = buildIndex(story);
export const axis = axisLayout(story);
/** The browser's slice of the story: what moves, not what is read. */
export const client = clientStory(story, index);

/** What a projector's page gets: the story without the teaching notes. */
export const audience = withoutTeachingNotes(story);
export const audienceIndex = buildIndex(audience);
