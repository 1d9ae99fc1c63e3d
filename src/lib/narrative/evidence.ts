/** How a step splits an event between what it shows and what its evidence disclosure holds. */
import type { Citation, StoryEvent } from '../story/schema';

/** Claims a step shows one line each; the rest are in full in its evidence. */
export const STEP_CLAIMS = 3;

/**
 * The quotes behind each claim the step shows, less the key quote it already shows (the
 * lead citation of the lead claim): the numbers match the step's numbered claims.
 */
export function otherQuotes(
	event: Pick<StoryEvent, 'claims'>
): { claim: number; citations: Citation[] }[] {
	return event.claims
		.slice(0, STEP_CLAIMS)
		.map((c, i) => ({ claim: i + 1, citations: i === 0 ? c.citations.slice(1) : c.citations }))
		.filter((g) => g.citations.length > 0);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Evidence: 6 more quotes from 3 articles, 2 more claims", or "Notes and links". */
export function evidenceSummary(event: Pick<StoryEvent, 'claims'>): string {
	const more = event.claims.slice(STEP_CLAIMS);
	const citations = [
		...otherQuotes(event).flatMap((g) => g.citations),
		...more.flatMap((c) => c.citations)
	];
	if (!citations.length) return 'Notes and links';
	const articles = new Set(citations.map((c) => c.source)).size;
	const claims = more.length ? `, ${plural(more.length, 'more claim')}` : '';
	return `Evidence: ${plural(citations.length, 'more quote')} from ${plural(articles, 'article')}${claims}`;
}
