/**
 * Find an event by its title, date, places or people. A few dozen events need no
 * search library: every word typed must appear in the event's text.
 */
import type { StoryEvent } from '../story/schema';
import { eventDateLabel } from '../time/dates';

const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');

/** What search reads of an event, folded once at build time. */
export function searchText(e: StoryEvent): string {
	return fold(
		[e.title, eventDateLabel(e), e.when.date, ...(e.places ?? []), ...(e.people ?? [])].join(' ')
	);
}

export function searchEvents<E extends { search: string }>(
	query: string,
	events: E[],
	limit = 8
): E[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	return events.filter((e) => words.every((w) => e.search.includes(w))).slice(0, limit);
}
