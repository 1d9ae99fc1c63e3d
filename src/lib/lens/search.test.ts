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

describe('searchEvents with the words on the page', () => {
	const words: Record<string, string> = {
		a: 'the mossad, officials said',
		b: 'flights from uvda',
		c: 'a visit'
	};
	const text = (e: { id: string }) => words[e.id];
	it('finds an event by a word only its text has, after those its fields name', () => {
		expect(searchEvents('Mossad', events, 8, text).map((e) => e.id)).toEqual(['a']);
		expect(searchEvents('uvda', events, 8, text).map((e) => e.id)).toEqual(['b']);
		// "visit" is in a's and c's titles, and only in c's text: each is listed once, titles first.
		expect(searchEvents('visit', events, 8, text).map((e) => e.id)).toEqual(['a', 'c']);
		expect(searchEvents('mossad', events, 8).map((e) => e.id)).toEqual([]);
	});
	it('stops at the limit', () => {
		expect(searchEvents('a', events, 1, text)).toHaveLength(1);
	});
});
