import { describe, expect, it } from 'vitest';
import { evidenceSummary, otherQuotes } from './evidence';

const cite = (source: string, quote = 'q') => ({ source, quote });
const claims = [
	{ text: 'a', status: 'reported' as const, citations: [cite('x', 'key'), cite('y')] },
	{ text: 'b', status: 'reported' as const, citations: [cite('x')] }
];

describe('otherQuotes', () => {
	it('leaves out the key quote and numbers the groups by claim', () =>
		expect(otherQuotes({ claims })).toEqual([
			{ claim: 1, citations: [cite('y')] },
			{ claim: 2, citations: [cite('x')] }
		]));
	it('drops a claim whose only quote is the key quote', () =>
		expect(otherQuotes({ claims: [claims[1]] })).toEqual([]));
});

describe('evidenceSummary', () => {
	it('counts the quotes behind the disclosure and the articles they come from', () =>
		expect(evidenceSummary({ claims })).toBe('Evidence: 2 more quotes from 2 articles'));
	it('says one in the singular', () =>
		expect(evidenceSummary({ claims: [claims[0]] })).toBe('Evidence: 1 more quote from 1 article'));
	it('counts the claims the step leaves to the evidence', () => {
		const many = [claims[0], claims[1], claims[1], claims[1], claims[1]];
		expect(otherQuotes({ claims: many }).map((g) => g.claim)).toEqual([1, 2, 3]);
		expect(evidenceSummary({ claims: many })).toBe(
			'Evidence: 5 more quotes from 2 articles, 2 more claims'
		);
	});
	it('says what it holds when the key quote is the only one', () =>
		expect(evidenceSummary({ claims: [claims[1]] })).toBe('Notes and links'));
});
