/**
 * Find an event by its title, date, places or people, then by any word of it on the page
 * (its summary, claims and quotes: "Mossad", or a source's own spelling, "Uvda"). A few
 * dozen events need no search library: every word typed must appear in the event's text.
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

/**
 * Each event's words as its step on the page has them, folded, read once the page holds
 * the step (the story's words are markup, never data; an event page's story may still be
 * arriving, and a step not yet there is read again next time).
 */
export function stepText(doc: Document): (e: { id: string }) => string {
	const read = new Map<string, string>();
	return (e) => {
		let text = read.get(e.id);
		if (text === undefined) {
			const step = doc.getElementById(e.id);
			if (!step) return '';
			read.set(e.id, (text = fold(step.textContent ?? '')));
		}
		return text;
	};
}
