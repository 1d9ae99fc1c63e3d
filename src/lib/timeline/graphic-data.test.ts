import { describe, expect, it } from 'vitest';
import { graphicData } from './graphic-data';
import { axisLayout } from '$lib/time/scale';
import type { MapLayout } from '$lib/map/types';
import type { Story, StoryEvent } from '$lib/story/schema';

const cite = (source: string) => ({ source, quote: 'q' });
const ev = (id: string, themes: string[], places: string[], sources: string[]) =>
	({
		id,
		title: `Title ${id}`,
		summary: 'A long summary the graphic never needs.',
		when: { date: '2020', precision: 'year' },
		era: 'late',
		themes,
		places,
		claims: [
			{ text: 'c', status: 'alleged', citations: sources.map(cite) },
			{ text: 'd', status: 'confirmed', citations: [cite(sources[0])] }
		]
	}) as StoryEvent;
const story = {
	range: { start: '1991', end: '2024' },
	focus: [{ start: '2016', end: '2024' }],
	themes: [
		{ id: 'arms', label: 'Arms', description: '' },
		{ id: 'aviation', label: 'Aviation', description: '' }
	],
	eras: [{ id: 'late', title: 'Late', start: '2016', end: '2024', summary: 'S', discussion: 'Q' }],
	sources: [
		{ id: 'a', label: 'Outlet A, Mar 2023' },
		{ id: 'b', label: 'Outlet B, 2018' }
	],
	events: [
		ev('flights', ['aviation', 'arms'], ['Uvda'], ['b', 'a']),
		ev('talks', ['arms'], ['Baku'], ['a']),
		ev('elsewhere', ['aviation'], [], ['a'])
	]
} as unknown as Story;
const map = {
	routes: [
		{ id: 'r', label: 'R', d: 'M0,0', from: 'baku', to: 'ovda', theme: 'aviation', note: 'N.' }
	],
	names: { ovda: 'Ovda', baku: 'Baku' },
	notes: { ovda: 'A note.' },
	offMap: ['baku']
} as unknown as MapLayout;
const ids: Record<string, string> = { Uvda: 'ovda', Baku: 'baku' };
const data = graphicData(story, axisLayout(story), map, (names) =>
	(names ?? []).map((n) => ids[n])
);

describe('graphicData: only what the graphic draws', () => {
	it('labels each view and places its window on the whole range', () => {
		expect(data.range).toBe('1991–2024');
		expect(data.views.map((v) => v.label)).toEqual(['1991–2024', '2016–2024']);
		expect(data.views[0]).toMatchObject({ x: 0, w: 100 });
		expect(data.views[1].x).toBeCloseTo((25 / 33) * 100, 1);
		expect(data.views[1].x + data.views[1].w).toBeCloseTo(100, 1);
	});
	it('gives each event its places as ids, its sources by label in story order, its lead status', () => {
		expect(data.events[0]).toEqual({
			id: 'flights',
			era: 'late',
			places: ['ovda'],
			sources: ['Outlet A, Mar 2023', 'Outlet B, 2018'],
			status: 'alleged',
			statusLabel: 'Alleged, unconfirmed',
			routes: ['r'],
			where: [{ id: 'ovda', name: 'Ovda' }],
			notes: ['Dashed line: R. N.', 'Ovda: A note.']
		});
		expect(data.events[1].where).toEqual([{ id: 'baku', name: 'Baku (off this map)' }]);
	});
	it('draws a route only for an event of its theme that names one of its ends', () => {
		expect(data.events[1].routes).toEqual([]);
		expect(data.events[2].routes).toEqual([]);
	});
	it('puts a mark in every lane of an event and carries its title and date', () => {
		const mark = data.axis.marks.find((m) => m.id === 'flights')!;
		expect(mark.lanes).toEqual([0, 1]);
		expect(mark).toMatchObject({ title: 'Title flights', date: '2020' });
	});
	it('carries no claims, quotes or event summaries', () => {
		const json = JSON.stringify(data);
		expect(json).not.toContain('A long summary');
		expect(json).not.toContain('"quote"');
		expect(json).not.toContain('"claims"');
	});
});
