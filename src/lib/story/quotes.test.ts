import { describe, expect, it } from 'vitest';
import { closestPassage, normaliseQuote, quoteIsIn } from './quotes';

const source = 'He said: “Israel’s ties are discreet\n   but close,” in a 2009 cable.';

describe('quote checking', () => {
	it('finds an exact quote', () => expect(quoteIsIn('ties are discreet', source)).toBe(true));
	it('forgives whitespace runs and line breaks', () =>
		expect(quoteIsIn('discreet but close', source)).toBe(true));
	it('forgives typographic quotes and apostrophes', () =>
		expect(quoteIsIn(`"Israel's ties`, source)).toBe(true));
	it.each([
		['a dropped word', 'ties are discreet close'],
		['a changed word', 'ties are secret but close'],
		['a fixed typo', 'in a 2010 cable'],
		['changed case', 'israel’s ties']
	])('rejects %s', (_, quote) => expect(quoteIsIn(quote, source)).toBe(false));
	it('normalises nothing else', () => expect(normaliseQuote(' a\u00A0 “b” ')).toBe('a "b"'));
});

describe('closestPassage', () => {
	it('shows where a near-miss probably came from', () => {
		expect(closestPassage('ties are discreet and close', source)).toMatch(/^ties are discreet but/);
	});
	it('falls back to the longest matching ending', () => {
		expect(closestPassage('XXXXXXXX discreet but close', source)).toContain('discreet but close');
	});
	it('gives up on unrelated text', () => expect(closestPassage('zzzzzzzzzz', source)).toBeNull());
});
