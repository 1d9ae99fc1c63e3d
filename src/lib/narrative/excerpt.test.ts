import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
	it('cuts long quotes at a word and marks the cut', () => {
		const q = 'word '.repeat(60).trim();
		const s = excerpt(q, 50)!;
		expect(s.endsWith(' …')).toBe(true);
		expect(s.length).toBeLessThanOrEqual(52);
		expect(q.startsWith(s.slice(0, -2))).toBe(true);
	});
	it('leaves short quotes alone', () => expect(excerpt('short', 50)).toBeNull());
	it('drops trailing punctuation before the mark', () =>
		expect(excerpt('one, two, three four', 9)).toBe('one …'));
});
