import { describe, expect, it } from 'vitest';
import { evidenceSummary } from './evidence';

const cite = (source: string) => ({ source, quote: 'q' });
const claim = (...sources: string[]) => ({
	text: 't',
	status: 'reported' as const,
	citations: sources.map(cite)
});

describe('evidenceSummary', () => {
	it('counts every quote and the distinct articles they come from', () =>
		expect(evidenceSummary({ claims: [claim('x', 'y'), claim('x')] })).toBe(
			'Evidence: 3 quotes from 2 articles'
		));
	it('says one in the singular', () =>
		expect(evidenceSummary({ claims: [claim('x')] })).toBe('Evidence: 1 quote from 1 article'));
	it('says how many claims only the evidence lists', () =>
		expect(evidenceSummary({ claims: [1, 2, 3, 4, 5].map(() => claim('x')) })).toBe(
			'Evidence: 5 quotes from 1 article, 2 more claims'
		));
});
