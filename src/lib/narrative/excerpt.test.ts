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
		expect(excerpt('one, two, three four', 10)).toBe('one, two …'));

	const flights =
		'The data, she added, shows an increasing pace of flights to Baku, particularly in the ' +
		'years 2016, 2020 and 2021, when arms deliveries to Azerbaijan grew.';
	it('with a focus, keeps the part of the quote that names it, marking both cuts', () => {
		const s = excerpt(flights, 60, ['Late 2020', 'Flights to Baku increase during the 2020 war'])!;
		expect(s).toContain('2020');
		expect(s.startsWith('… ')).toBe(true);
		expect(flights).toContain(s.replace(/^… /, '').replace(/ …$/, ''));
		expect(s.length).toBeLessThanOrEqual(64);
	});
	it('keeps the part with the date', () => {
		const q = 'In 2016 the flights began; the fighting between Azerbaijan and Armenia came later.';
		expect(excerpt(q, 30, ['2016', 'fighting Azerbaijan Armenia'])).toBe(
			'In 2016 the flights began; the …'
		);
	});
	it('gives events citing one quote the parts that differ, not the same opening', () => {
		const a = excerpt(flights, 60, ['Mid-2016', 'Flights to Baku increase']);
		const b = excerpt(flights, 60, [
			'Late 2021',
			'Flights to Baku increase again, arms deliveries'
		]);
		expect(a).not.toBe(b);
		expect(b).toContain('2021');
	});
	it('without a match, falls back to the opening', () =>
		expect(excerpt(flights, 30, ['nothing in common'])).toBe('The data, she added, shows an …'));
});
