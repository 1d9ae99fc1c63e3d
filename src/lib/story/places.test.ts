import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventPlaceIds, placeNames, validatePlaces, type Places } from './places';
import type { Story } from './schema';
import { checkPlacesFile } from './node';

const fixture: Places = {
	about: 'Test places.',
	places: [
		{
			id: 'ovda',
			name: 'Ovda',
			variants: ['Uvda'],
			kind: 'airfield',
			lat: 29.94,
			lon: 34.94,
			source: 'test'
		},
		{ id: 'baku', name: 'Baku', kind: 'city', lat: 40.41, lon: 49.87, source: 'test' }
	],
	routes: [{ id: 'flights', label: 'Flights', from: 'baku', to: 'ovda', theme: 'aviation' }]
};
const story = (places: string[]) =>
	({
		themes: [{ id: 'aviation', label: 'Aviation', description: '' }],
		events: [{ id: 'e', places }]
	}) as unknown as Pick<Story, 'events' | 'themes'>;

describe('validatePlaces: every place an event names is on the map', () => {
	it('accepts names and variants, in any case', () => {
		expect(validatePlaces(fixture, story(['Ovda', 'uvda', 'Baku'])).ok).toBe(true);
	});
	it('fails on a place missing from the places data, naming the event and place', () => {
		const result = validatePlaces(fixture, story(['Ovda', 'Atlantis']));
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([
			{ path: 'events[0].places[1]', message: expect.stringContaining('"Atlantis"') }
		]);
	});
	it('fails on a name two places claim, a route to nowhere, a country without a shape', () => {
		const bad = {
			...fixture,
			places: [
				...fixture.places,
				{ id: 'uvda2', name: 'Uvda', kind: 'airfield', lat: 30, lon: 35, source: 'x' },
				{ id: 'land', name: 'Land', kind: 'country', lat: 30, lon: 35, source: 'x' }
			],
			routes: [{ ...fixture.routes[0], to: 'nowhere', theme: 'sailing' }]
		};
		const messages = validatePlaces(bad, story([])).problems.map((p) => p.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('"Uvda" already belongs to "ovda"'),
				expect.stringContaining('unknown place "nowhere"'),
				expect.stringContaining('unknown theme "sailing"'),
				'a country needs its shape code'
			])
		);
	});
	it('rejects a place without a source for its coordinates', () => {
		const { source: _, ...noSource } = fixture.places[1];
		const result = validatePlaces({ ...fixture, places: [noSource] }, story([]));
		expect(result.ok).toBe(false);
	});
	it('resolves an event to place ids without repeats (Uvda and Ovda are one place)', () => {
		expect(eventPlaceIds(placeNames(fixture), ['Uvda', 'Baku', 'Ovda'])).toEqual(['ovda', 'baku']);
	});
});

describe('data/places.json', () => {
	it('holds every place data/story.json names', () => {
		const real = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
		const result = checkPlacesFile('data/story.json', real);
		expect(result.problems).toEqual([]);
	});
});
