import { describe, expect, it } from 'vitest';
import { focusDomain, fullDomain, marks, MIN_RANGE_PX, xScale, yearTicks } from './scale';
import type { StoryEvent } from '../story/schema';

const story = {
	range: { start: '1991', end: '2024' },
	focus: [{ start: '2016', end: '2024' }]
};
const ev = (id: string, when: StoryEvent['when'], themes = ['arms'], until?: StoryEvent['until']) =>
	({ id, when, until, themes, title: id, summary: '', era: 'x', claims: [] }) as StoryEvent;

describe('focusDomain: the axis zooms only where events crowd', () => {
	it('shows the whole story with no active event', () => {
		expect(focusDomain(story, null)).toEqual(fullDomain(story));
	});
	it('zooms to the focus stretch for an event inside it', () => {
		expect(focusDomain(story, ev('a', { date: '2018-05-14', precision: 'day' }))).toEqual([
			Date.UTC(2016, 0, 1),
			Date.UTC(2024, 0, 1)
		]);
	});
	it('stays wide for an event before it', () => {
		expect(focusDomain(story, ev('a', { date: '2013-10', precision: 'month' }))).toEqual(
			fullDomain(story)
		);
	});
});

describe('marks', () => {
	const x = xScale(fullDomain(story), 660);
	it('draws a known day as a point and a year as a range', () => {
		const [day, year] = marks(
			[
				ev('d', { date: '2018-05-14', precision: 'day' }),
				ev('y', { date: '2014', precision: 'year' })
			],
			['arms'],
			x
		);
		expect(day.point).toBe(true);
		expect(year.point).toBe(false);
		expect(year.x1 - year.x0).toBeCloseTo(20, 0);
	});
	it('keeps short ranges visible', () => {
		const [m] = marks([ev('m', { date: '2013-10', precision: 'month' })], ['arms'], x);
		expect(m.x1 - m.x0).toBeGreaterThanOrEqual(MIN_RANGE_PX);
	});
	it('puts an event in the lane of its first theme', () => {
		const [m] = marks(
			[ev('m', { date: '2014', precision: 'year' }, ['aviation', 'arms'])],
			['arms', 'aviation'],
			x
		);
		expect(m.lane).toBe(1);
	});
	it('spans run to the end of `until`', () => {
		const [s] = marks(
			[
				ev('s', { date: '2016', precision: 'year' }, ['arms'], {
					date: '2023-03',
					precision: 'month'
				})
			],
			['arms'],
			x
		);
		expect(s.x1).toBeCloseTo(x(new Date(Date.UTC(2023, 3, 1))), 5);
	});
});

describe('yearTicks', () => {
	it('labels every year when there is room', () => {
		expect(yearTicks([Date.UTC(2016, 0, 1), Date.UTC(2024, 0, 1)], 800)).toHaveLength(9);
	});
	it('thins labels on a narrow axis', () => {
		const ticks = yearTicks(fullDomain(story), 320);
		expect(ticks.length).toBeLessThanOrEqual(320 / 56);
		expect(ticks.every((t) => t.getUTCFullYear() % 5 === 0 || t.getUTCFullYear() % 10 === 0)).toBe(
			true
		);
	});
});
