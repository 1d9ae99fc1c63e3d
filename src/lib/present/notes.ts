/**
 * Teaching notes (our discussion question per era) are for the presenter only.
 * The audience page is built from a story with them blanked out, and the presenter
 * view loads them separately, so a projector never has them in its HTML.
 */
import type { Story } from '../story/schema';

export type TeachingNotes = Record<string, string>;

export function withoutTeachingNotes(story: Story): Story {
	return { ...story, eras: story.eras.map((e) => ({ ...e, discussion: '' })) };
}

export function teachingNotes(story: Pick<Story, 'eras'>): TeachingNotes {
	return Object.fromEntries(story.eras.map((e) => [e.id, e.discussion]));
}
