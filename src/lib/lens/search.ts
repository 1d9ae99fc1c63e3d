/**
 * Find an event by its title, date, places or people, then by any word of it on the page
 * (its summary, claims and quotes: "Mossad", or a source's own spelling, "Uvda"). A few
 * dozen events need no search library: every word typed must appear in the event's text.
 */
import type { StoryEvent } from '../story/schema';
import { eventDateLabel } from '../time/dates';

export const fold = (s: string) =>
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
	limit = 8,
	/** the event's whole text, folded; matches on it come after those on its own fields */
	text?: (e: E) => string
): E[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const matches = (s: string) => words.every((w) => s.includes(w));
	const named = events.filter((e) => matches(e.search));
	if (!text || named.length >= limit) return named.slice(0, limit);
	const mentioned = events.filter((e) => !matches(e.search) && matches(text(e)));
	return [...named, ...mentioned].slice(0, limit);
}
