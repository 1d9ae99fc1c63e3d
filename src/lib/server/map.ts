/**
 * The locator map, drawn once per build: Natural Earth 1:50m country shapes
 * (world-atlas) projected with d3-geo, clipped to the region (Israel to the
 * Caspian) and thinned to about a pixel, so the page gets short SVG path strings
 * and no geographic code. Server-only ($lib/server), so it can never reach a
 * browser bundle.
 */
import { geoConicConformal, geoPath, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Places } from '$lib/story/places';
import type { MapLayout } from '$lib/map/types';
import { nameWidth, placeLabels, textBox } from './map-labels';

/** The frame: from the Sinai to the Caspian's east shore, from the Red Sea to the Caucasus. */
export const FRAME = { west: 32.6, east: 52.2, south: 29.2, north: 43.9 };
export const WIDTH = 400;

/** Drops points closer than `eps` px to the last one kept: ~1 px is invisible at this size. */
function thin(eps: number) {
	return (out: GeoStream): GeoStream => {
		let px = NaN;
		let py = NaN;
		let first = true;
		return {
			point(x, y) {
				if (first || Math.hypot(x - px, y - py) >= eps) {
					out.point(x, y);
					px = x;
					py = y;
					first = false;
				}
			},
			lineStart() {
				first = true;
				out.lineStart();
			},
			lineEnd() {
				out.lineEnd();
			},
			polygonStart() {
				out.polygonStart();
			},
			polygonEnd() {
				out.polygonEnd();
			},
			sphere() {
				out.sphere?.();
			}
		};
	};
}

/** The layout, and the country shapes as SVG path strings (for the sprite). */
export function mapLayout(
	places: Places,
	topology: Topology,
	width = WIDTH
): MapLayout & { shapes: { code: string; d: string }[] } {
	const { west, east, south, north } = FRAME;
	const frame: GeoJSON.Feature = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			// Clockwise (d3's spherical winding) so it is the frame and not the rest of the globe.
			coordinates: [
				[
					[west, south],
					[west, north],
					[east, north],
					[east, south],
					[west, south]
				]
			]
		}
	};
	const projection = geoConicConformal()
		.parallels([31, 41])
		.rotate([-(west + east) / 2, 0])
		.fitWidth(width, frame);
	const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
	const height = Math.round(y1 - y0);
	projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	const path = geoPath({ stream: (s: GeoStream) => projection.stream(thin(1.5)(s)) }).digits(1);

	const countries = feature(
		topology,
		topology.objects.countries as GeometryCollection
	) as unknown as FeatureCollection<Geometry, { name: string }>;
	const byShape = new Map(places.places.filter((p) => p.shape).map((p) => [p.shape!, p.id]));
	const inside = (lon: number, lat: number) =>
		lon >= west && lon <= east && lat >= south && lat <= north;
	const at = (lon: number, lat: number) => {
		const [x, y] = projection([lon, lat])!;
		return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
	};

	const points = places.places
		.filter((p) => p.kind !== 'country' && inside(p.lon, p.lat))
		.map((p) => {
			const { x, y } = at(p.lon, p.lat);
			// To the right, unless the name would run off the map (~7.2 px a character).
			const side = p.label ?? (x + 10 + p.name.length * 7.2 > width ? 'left' : 'right');
			const label =
				p.kind === 'sea'
					? { x: Math.min(x, width - 40), y, anchor: 'middle' as const }
					: side === 'below'
						? { x, y: y + 18, anchor: 'middle' as const }
						: side === 'left'
							? { x: x - 7, y: y + 4, anchor: 'end' as const }
							: { x: x + 7, y: y + 4, anchor: 'start' as const };
			return {
				id: p.id,
				name: p.name,
				kind: p.kind,
				x,
				y,
				label: { ...label, x: Math.round(label.x * 10) / 10 },
				...(p.disputed ? { disputed: true } : {})
			};
		});
	// Country names are always shown: placed clear of each other and of every place's
	// name (in the order of places.json, so the first ones keep their label points).
	const named = places.places
		.filter((p) => p.kind === 'country' && inside(p.lon, p.lat))
		.map((p) => ({ place: p.id, name: p.name, ...at(p.lon, p.lat) }));
	const placeNames = points.map((p) =>
		textBox(p.label.x, p.label.y, nameWidth(p.name), p.label.anchor)
	);
	const countryLabels = placeLabels(named, placeNames, width, height).map((xy, i) => ({
		...named[i],
		x: Math.round(xy.x * 10) / 10,
		y: Math.round(xy.y * 10) / 10
	}));
	const names = Object.fromEntries(places.places.map((p) => [p.id, p.name]));
	const byId = new Map(places.places.map((p) => [p.id, p]));
	return {
		width,
		height,
		shapes: countries.features.flatMap((f) => {
			const d = path(f);
			const code = String(f.id ?? '');
			return d && code ? [{ code, d }] : [];
		}),
		countries: countries.features.flatMap((f) => {
			const code = String(f.id ?? '');
			if (!code || !path(f)) return [];
			const place = byShape.get(code);
			return [{ code, ...(place ? { place } : {}) }];
		}),
		countryLabels,
		points,
		routes: places.routes.map((r) => {
			const a = at(byId.get(r.from)!.lon, byId.get(r.from)!.lat);
			const b = at(byId.get(r.to)!.lon, byId.get(r.to)!.lat);
			// A schematic arc bowed to the left of travel: the articles give the ends, not the path.
			const mx = (a.x + b.x) / 2 - (b.y - a.y) * 0.18;
			const my = (a.y + b.y) / 2 + (b.x - a.x) * 0.18;
			return {
				id: r.id,
				label: r.label,
				from: r.from,
				to: r.to,
				theme: r.theme,
				d: `M${a.x},${a.y}Q${Math.round(mx)},${Math.round(my)} ${b.x},${b.y}`,
				...(r.note ? { note: r.note } : {})
			};
		}),
		names,
		offMap: places.places.filter((p) => !inside(p.lon, p.lat)).map((p) => p.id),
		about: places.about,
		notes: Object.fromEntries(places.places.flatMap((p) => (p.note ? [[p.id, p.note]] : [])))
	};
}

/** The static file the page's map refers to: every shape once, by id (`#c376`). */
export function mapSprite(
	map: Pick<MapLayout, 'width' | 'height'> & { shapes: { code: string; d: string }[] }
): string {
	const paths = map.shapes.map((s) => `<path id="c${s.code}" d="${s.d}"/>`).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">${paths}</svg>\n`;
}
