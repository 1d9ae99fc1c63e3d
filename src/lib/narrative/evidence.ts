/** How a step splits an event between what it shows and what its evidence disclosure holds. */
import type { StoryEvent } from '../story/schema';
import type { StoryIndex } from '../story/indexes';

/** Claims a step lists, two lines each; every claim is in full, with its quotes, in its evidence. */
export const STEP_CLAIMS = 3;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Evidence: 7 quotes from 4 articles", and how many claims only the evidence lists. */
export function evidenceSummary(event: Pick<StoryEvent, 'claims'>): string {
	const citations = event.claims.flatMap((c) => c.citations);
	const articles = new Set(citations.map((c) => c.source)).size;
	const more = event.claims.length - STEP_CLAIMS;
	const claims = more > 0 ? `, ${plural(more, 'more claim')}` : '';
	return `Evidence: ${plural(citations.length, 'quote')} from ${plural(articles, 'article')}${claims}`;
}

/** Events the same disagreements touch, in story order: where the evidence points next. */
export function relatedEvents(
	event: Pick<StoryEvent, 'id'>,
	index: Pick<StoryIndex, 'discrepanciesByEvent' | 'eventById'>
): StoryEvent[] {
	const ids = new Set((index.discrepanciesByEvent.get(event.id) ?? []).flatMap((d) => d.events));
	ids.delete(event.id);
	return [...index.eventById.values()].filter((e) => ids.has(e.id));
}
