import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { mapLayout, mapSprite, WIDTH } from './map';
import { COUNTRY_SPACING, nameWidth, overlaps, textBox } from './map-labels';
import type { Places } from '$lib/story/places';

const places = JSON.parse(readFileSync('data/places.json', 'utf8')) as Places;
const topology = JSON.parse(
	readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')
) as Topology;
const map = mapLayout(places, topology);

describe('mapLayout: the region, projected once at build time', () => {
	it('draws every country the story names, as a plain SVG path', () => {
		const named = places.places.filter((p) => p.kind === 'country').map((p) => p.id);
		const drawn = map.countries.flatMap((c) => c.place ?? []);
		expect(drawn.sort()).toEqual(named.sort());
		expect(map.shapes.map((s) => s.code)).toEqual(map.countries.map((c) => c.code));
		for (const c of map.shapes) expect(c.d).toMatch(/^M[-\d.,MLZ]+$/);
	});
	it('keeps every other place inside the frame, and names the rest in text', () => {
		for (const p of map.points) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(WIDTH);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y).toBeLessThanOrEqual(map.height);
		}
		expect(map.offMap).toEqual(['washington']);
	});
	it('puts Ovda south-west of Baku, and a route between them', () => {
		const at = (id: string) => map.points.find((p) => p.id === id)!;
		expect(at('ovda').x).toBeLessThan(at('baku').x);
		expect(at('ovda').y).toBeGreaterThan(at('baku').y);
		expect(map.routes[0].d).toMatch(new RegExp(`^M${at('baku').x},${at('baku').y}Q`));
	});
	it('writes no country name over another name (countries are always named; places when read)', () => {
		const countries = map.countryLabels.map((l) => ({
			name: l.name,
			box: textBox(l.x, l.y, nameWidth(l.name, COUNTRY_SPACING), 'middle')
		}));
		const places = map.points.map((p) => ({
			name: p.name,
			box: textBox(p.label.x, p.label.y, nameWidth(p.name), p.label.anchor)
		}));
		const clashes = countries.flatMap((c, i) =>
			[...countries.slice(i + 1), ...places]
				.filter((other) => overlaps(c.box, other.box))
				.map((other) => `${c.name} / ${other.name}`)
		);
		expect(clashes).toEqual([]);
	});
	it('stays small: the shapes file is under 24 KB, and a page carries none of it', () => {
		const { shapes, ...page } = map;
		expect(mapSprite(map).length).toBeLessThan(24_000);
		expect(mapSprite(map)).toContain(
			`<path id="c376" d="${shapes.find((s) => s.code === '376')!.d}"/>`
		);
		expect(JSON.stringify(page).length).toBeLessThan(6_000);
	});
});
