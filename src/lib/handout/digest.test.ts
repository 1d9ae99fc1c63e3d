import { describe, expect, it } from 'vitest';
import { strongest } from './digest';
import type { Claim } from '../story/schema';

const claim = (status: Claim['status'], quote: string): Claim => ({
	text: quote,
	status,
	citations: [{ source: 's', quote }]
});

describe('strongest', () => {
	it('prefers a confirmed claim to an alleged one, whatever the order', () => {
		const e = { claims: [claim('alleged', 'a'), claim('reported', 'r'), claim('confirmed', 'c')] };
		expect(strongest(e).citation.quote).toBe('c');
	});
	it('keeps story order among equals', () => {
		const e = { claims: [claim('reported', 'first'), claim('reported', 'second')] };
		expect(strongest(e).claim.text).toBe('first');
	});
	it('ranks announced below reported (not done yet)', () => {
		const e = { claims: [claim('announced', 'a'), claim('reported', 'r')] };
		expect(strongest(e).claim.status).toBe('reported');
	});
});
