import { describe, expect, it } from 'vitest';
import { filtersToSearch, NO_FILTERS, parseFilters, visibility } from './filters';

const known = {
	sources: new Set(['al-monitor', 'haaretz-2023']),
	themes: new Set(['arms', 'aviation', 'diplomacy'])
};

describe('filters in the URL', () => {
	it.each([
		['', NO_FILTERS],
		['?source=al-monitor', { source: 'al-monitor', themes: [] }],
		['?theme=arms,aviation', { source: null, themes: ['arms', 'aviation'] }],
		['?source=nobody&theme=arms,sport,arms', { source: null, themes: ['arms'] }]
	])('%s', (search, filters) => expect(parseFilters(search, known)).toEqual(filters));

	it('round-trips, keeping other parameters', () => {
		const search = filtersToSearch(
			{ source: 'al-monitor', themes: ['arms', 'aviation'] },
			'?notes'
		);
		expect(search).toBe('?notes=&source=al-monitor&theme=arms,aviation');
		expect(parseFilters(search, known)).toEqual({
			source: 'al-monitor',
			themes: ['arms', 'aviation']
		});
		expect(filtersToSearch(NO_FILTERS, '?source=x')).toBe('');
	});
});

describe('visibility', () => {
	const events = [
		{ id: 'a', themes: ['arms'] },
		{ id: 'b', themes: ['diplomacy'] },
		{ id: 'c', themes: ['aviation', 'arms'] }
	];
	const index = { eventsBySource: new Map([['al-monitor', ['a', 'b']]]) };

	it('shows everything without filters', () =>
		expect(visibility(events, NO_FILTERS, index)).toEqual({
			hidden: new Set(),
			dimmed: new Set()
		}));
	it('a lens dims the events its source does not support', () =>
		expect(visibility(events, { source: 'al-monitor', themes: [] }, index).dimmed).toEqual(
			new Set(['c'])
		));
	it('a theme filter hides events without any chosen theme', () =>
		expect(visibility(events, { source: null, themes: ['arms'] }, index).hidden).toEqual(
			new Set(['b'])
		));
	it('combines: hidden wins over dimmed', () => {
		const v = visibility(events, { source: 'al-monitor', themes: ['arms'] }, index);
		expect(v.hidden).toEqual(new Set(['b']));
		expect(v.dimmed).toEqual(new Set(['c']));
	});
});
