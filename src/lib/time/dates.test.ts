import { describe, expect, it } from 'vitest';
import { dateProblem, eventDateLabel, eventInterval, formatDate, interval } from './dates';
import type { DateSpec } from '../story/schema';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('interval: a date covers the whole stretch its precision names', () => {
	it.each<[DateSpec, string, string]>([
		[{ date: '2018-05-14', precision: 'day' }, '2018-05-14', '2018-05-15'],
		[{ date: '2013-10', precision: 'month' }, '2013-10-01', '2013-11-01'],
		[{ date: '2023-12', precision: 'month' }, '2023-12-01', '2024-01-01'],
		[{ date: '2020', precision: 'season', season: 'autumn' }, '2020-09-01', '2020-12-01'],
		[{ date: '2020', precision: 'season', season: 'winter' }, '2020-12-01', '2021-03-01'],
		[{ date: '2014', precision: 'year' }, '2014-01-01', '2015-01-01']
	])('%j -> [%s, %s)', (spec, start, end) => {
		const i = interval(spec);
		expect(iso(i.start)).toBe(start);
		expect(iso(i.end)).toBe(end);
	});

	it('"late 2021" is the last third of the year', () => {
		const i = interval({ date: '2021', precision: 'year', part: 'late' });
		expect(i.start.getUTCMonth()).toBe(8);
		expect(iso(i.end)).toBe('2022-01-01');
	});

	it('an event with `until` spans to the end of that date', () => {
		const i = eventInterval({
			when: { date: '2016', precision: 'year' },
			until: { date: '2023-03', precision: 'month' }
		});
		expect(iso(i.start)).toBe('2016-01-01');
		expect(iso(i.end)).toBe('2023-04-01');
	});

	it('does not depend on the local timezone', () => {
		expect(interval({ date: '1992', precision: 'year' }).start.getTime()).toBe(
			Date.UTC(1992, 0, 1)
		);
	});
});

describe('dateProblem: impossible dates are named', () => {
	it.each<[DateSpec, RegExp | null]>([
		[{ date: '2023-02-29', precision: 'day' }, /not a calendar date/],
		[{ date: '2024-02-29', precision: 'day' }, null],
		[{ date: '2023-13', precision: 'month' }, /no month 13/],
		[{ date: '2023-03', precision: 'day' }, /needs YYYY-MM-DD/],
		[{ date: '2023', precision: 'month' }, /needs YYYY-MM/],
		[{ date: '2020', precision: 'season' }, /needs a season/],
		[{ date: '2020', precision: 'year', season: 'autumn' }, /only goes with precision "season"/],
		[{ date: '2020-05-01', precision: 'day', part: 'late' }, /only narrows a year or a month/]
	])('%j', (spec, problem) => {
		const p = dateProblem(spec);
		if (problem) expect(p).toMatch(problem);
		else expect(p).toBeNull();
	});
});

describe('labels say only what is known', () => {
	it.each<[DateSpec, string]>([
		[{ date: '2018-05-14', precision: 'day' }, '14 May 2018'],
		[{ date: '2013-10', precision: 'month' }, 'October 2013'],
		[{ date: '2020', precision: 'season', season: 'autumn' }, 'Autumn 2020'],
		[{ date: '2014', precision: 'year' }, '2014'],
		[{ date: '2016', precision: 'year', part: 'mid' }, 'Mid-2016'],
		[{ date: '2021', precision: 'year', part: 'late' }, 'Late 2021'],
		[{ date: '2023-02', precision: 'month', part: 'early' }, 'Early February 2023']
	])('%j -> %s', (spec, label) => expect(formatDate(spec)).toBe(label));

	it('an event label prefers its own wording, else from–to', () => {
		const when: DateSpec = { date: '2016', precision: 'year' };
		const until: DateSpec = { date: '2023-03', precision: 'month' };
		expect(eventDateLabel({ when, until, dateLabel: 'Since 2016' })).toBe('Since 2016');
		expect(eventDateLabel({ when, until })).toBe('2016 – March 2023');
	});
});
