/**
 * Find an event by its title, date, places or people. A few dozen events need no
 * search library: every word typed must appear in the event's text.
 */
import type { StoryEvent } from '../story/schema';
import { eventDateLabel } from '../time/dates';

export function searchText(e: StoryEvent): string {
	return [e.title, eventDateLabel(e), e.when.date, ...(e.places ?? []), ...(e.people ?? [])]
		.join(' ')
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

export function searchEvents(query: string, events: StoryEvent[], limit = 8): StoryEvent[] {
	const words = query
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/\s+/)
		.filter(Boolean);
	if (!words.length) return [];
	return events
		.filter((e) => {
			const text = searchText(e);
			return words.every((w) => text.includes(w));
		})
		.slice(0, limit);
}
