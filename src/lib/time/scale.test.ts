import { describe, expect, it } from 'vitest';
import { axisLayout, shortSpan, yearTicks } from './scale';
import { viewFor } from './views';
import type { Story, StoryEvent } from '../story/schema';

const ev = (id: string, when: StoryEvent['when'], themes = ['arms'], until?: StoryEvent['until']) =>
	({ id, when, until, themes, title: id, summary: '', era: 'x', claims: [] }) as StoryEvent;
const story = {
	range: { start: '1991', end: '2024' },
	focus: [{ start: '2016', end: '2024' }],
	themes: [
		{ id: 'arms', label: 'Arms', description: '' },
		{ id: 'aviation', label: 'Aviation', description: '' }
	],
	eras: [{ id: 'a', title: 'A', start: '1991', end: '2016', summary: '', discussion: '' }],
	events: [
		ev('year', { date: '1994', precision: 'year' }),
		ev('day', { date: '2018-05-14', precision: 'day' }, ['aviation']),
		ev('both', { date: '2019', precision: 'year' }, ['aviation', 'arms']),
		ev('span', { date: '2016', precision: 'year' }, ['arms'], {
			date: '2023-03',
			precision: 'month'
		})
	]
} as Pick<Story, 'range' | 'focus' | 'themes' | 'eras' | 'events'>;
const layout = axisLayout(story);
const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

describe('axisLayout: one geometry per view, in % of the plot', () => {
	it('has the whole story, then each crowded stretch', () => {
		expect(layout.views).toEqual([
			{ start: Date.UTC(1991, 0, 1), end: Date.UTC(2024, 0, 1) },
			{ start: Date.UTC(2016, 0, 1), end: Date.UTC(2024, 0, 1) }
		]);
	});
	it('draws a year as a bar over the whole year', () => {
		expect(mark('year').point).toBe(false);
		expect(mark('year').x[0]).toBeCloseTo((3 / 33) * 100, 1);
		expect(mark('year').w[0]).toBeCloseTo((1 / 33) * 100, 1);
	});
	it('draws a known day as a point, in the lane of its theme', () => {
		expect(mark('day').point).toBe(true);
		expect(mark('day').lanes).toEqual([1]);
	});
	it('draws an event with several themes in each of their lanes', () => {
		expect(mark('both').lanes).toEqual([0, 1]);
	});
	it('runs a span to the end of `until`', () => {
		expect(mark('span').x[1]).toBe(0);
		expect(mark('span').w[1]).toBeCloseTo((7.25 / 8) * 100, 0);
	});
	it('zoomed, an early event sits off the left edge', () => {
		expect(mark('year').x[1]).toBeLessThan(0);
	});
	it('labels every year in the zoomed view and thins the wide one', () => {
		const labelled = (v: number, d: 'wide' | 'compact') =>
			layout.ticks.filter((t) => t[d][v]).map((t) => t.year);
		expect(labelled(1, 'wide')).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(labelled(0, 'compact').every((y) => y % 10 === 0)).toBe(true);
		expect(labelled(0, 'wide').every((y) => y % 5 === 0)).toBe(true);
	});
});

describe('viewFor: the axis zooms only where events crowd', () => {
	it.each([
		[null, 0],
		['year', 0],
		['day', 1],
		['span', 1],
		['unknown', 0]
	])('%s -> view %d', (id, view) => expect(viewFor(layout, id)).toBe(view));
});

describe('yearTicks', () => {
	it('uses UTC years whatever the local timezone', () => {
		const t = yearTicks(new Date(Date.UTC(2016, 0, 1)), new Date(Date.UTC(2024, 0, 1)), 10);
		expect(t.map((d) => d.getUTCFullYear())).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024
		]);
		expect(t.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)).toBe(true);
	});
});

describe('shortSpan', () => {
	it('names a span of years briefly, whole across centuries', () => {
		expect(shortSpan('2016', '2020')).toBe('2016–20');
		expect(shortSpan('1991', '2009')).toBe('1991–2009');
		expect(layout.eras[0].years).toBe('1991–2016');
	});
});

describe('stacked: a mark drawn over by later ones gets a row of its lane', () => {
	const marks = axisLayout({
		...story,
		events: [
			ev('a', { date: '2012', precision: 'year' }, ['arms', 'aviation']),
			ev('b', { date: '2012', precision: 'year' }, ['aviation']),
			ev('c', { date: '2012', precision: 'year' }, ['aviation']),
			ev('e', { date: '2013', precision: 'year' }, ['aviation']),
			ev('long', { date: '2016', precision: 'year' }, ['arms'], {
				date: '2023',
				precision: 'year'
			}),
			ev('on-long', { date: '2018-05-14', precision: 'day' }, ['arms']),
			ev('op', { date: '2020-09-19', precision: 'day' }, ['aviation']),
			ev('halt', { date: '2020-09-20', precision: 'day' }, ['aviation']),
			ev('oct', { date: '2022-10', precision: 'month' }, ['aviation']),
			ev('nov', { date: '2022-11', precision: 'month' }, ['aviation'])
		]
	}).marks;
	const at = (id: string) => marks.find((m) => m.id === id)!;

	it('splits three reports of one year into rows, in story order, in that lane only', () => {
		// "a" is alone in Arms (lane 0), first of three in Aviation (lane 1), in both views.
		for (const view of [0, 1]) {
			expect(at('a').stack?.[view]).toEqual([
				[0, 1],
				[0, 3]
			]);
			expect(at('b').stack?.[view]).toEqual([[1, 3]]);
			expect(at('c').stack?.[view]).toEqual([[2, 3]]);
		}
	});

	it('gives a dot the day after another a row of its own', () => {
		expect(at('op').stack).toEqual([[[0, 2]], [[0, 2]]]);
		expect(at('halt').stack).toEqual([[[1, 2]], [[1, 2]]]);
	});

	it('splits a crowd only in the views where it is one', () => {
		// A month is a sliver of the whole story, and the width of a word in 2016–2024.
		expect(at('oct').stack).toEqual([[[0, 2]], [[0, 1]]]);
		expect(at('nov').stack).toEqual([[[1, 2]], [[0, 1]]]);
	});

	it('leaves marks that still show enough of themselves as they were', () => {
		// A bar beside another; a dot on a bar of seven years.
		for (const id of ['e', 'long', 'on-long']) expect(at(id).stack, id).toBeUndefined();
	});
});
