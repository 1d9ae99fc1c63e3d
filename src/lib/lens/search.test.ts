import { describe, expect, it } from 'vitest';
import { searchEvents, searchText } from './search';
import type { StoryEvent } from '../story/schema';

const ev = (
	id: string,
	title: string,
	date: string,
	people: string[] = [],
	places: string[] = []
) =>
	({
		id,
		title,
		when: { date, precision: date.length === 4 ? 'year' : 'day' },
		people,
		places
	}) as unknown as StoryEvent;
const events = [
	ev('a', 'Netanyahu visits Baku', '2016-12-13', ['Benjamin Netanyahu', 'Ilham Aliyev'], ['Baku']),
	ev('b', 'An exemption for explosives flights', '2013', [], ['Ovda']),
	ev('c', 'Gantz visits Azerbaijan', '2022-10-01', ['Benny Gantz'])
].map((e) => ({ id: e.id, search: searchText(e) }));

describe('searchEvents', () => {
	it.each([
		['aliyev', ['a']],
		['Gantz', ['c']],
		['2013', ['b']],
		['december 2016', ['a']],
		['visits', ['a', 'c']],
		['ovda', ['b']],
		['', []],
		['nothing-like-this', []]
	])('%j', (q, ids) => expect(searchEvents(q, events).map((e) => e.id)).toEqual(ids));
});
