import { escapeHtml } from '$lib/html';
import type { ClientStory } from '$lib/story/client';

/**
 * The "cite or embed one event" menu's options, as markup: one parse for a story of any
 * length, where an each-block mounted a block per event (350 events: 26 ms in one task).
 */
export function eventOptions(
	events: Pick<ClientStory['events'][number], 'id' | 'date' | 'title'>[]
) {
	return events
		.map(
			(e) =>
				`<option value="${escapeHtml(e.id)}">${escapeHtml(e.date)}: ${escapeHtml(e.title)}</option>`
		)
		.join('');
}
