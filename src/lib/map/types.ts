/**
 * The locator map as the browser sees it: points already projected when the site
 * was built (see $lib/server/map.ts), and country shapes drawn by reference to one
 * static SVG file of path strings (MAP_SPRITE), so no geographic code ships and the
 * shapes are neither repeated in every page nor in its data.
 */

export interface MapCountry {
	/** Natural Earth / ISO 3166 numeric code; its shape is `#c<code>` in the map sprite */
	code: string;
	/** the place id when the story names this country */
	place?: string;
}

/** Where the country shapes are: one static file every page shares (and caches once). */
export const MAP_SPRITE = '/map.svg';

export interface MapPoint {
	id: string;
	name: string;
	kind: string;
	x: number;
	y: number;
	/** where its name goes, worked out at build time so neighbours don't collide */
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
	disputed?: boolean;
}

export interface MapRoute {
	id: string;
	label: string;
	d: string;
	from: string;
	to: string;
	theme: string;
	note?: string;
}

export interface MapLayout {
	width: number;
	height: number;
	countries: MapCountry[];
	/**
	 * labels of the countries the story names, at their label point or moved clear of the
	 * other names ($lib/server/map-labels.ts)
	 */
	countryLabels: { place: string; name: string; x: number; y: number }[];
	/** every other place, inside the map's frame */
	points: MapPoint[];
	routes: MapRoute[];
	/** place id -> reader-facing name, for every place, on the map or not */
	names: Record<string, string>;
	/** places outside the frame (Washington): named in text only */
	offMap: string[];
	/** where shapes and coordinates come from, said once on the page */
	about: string;
	/** notes on disputed places, by id */
	notes: Record<string, string>;
}
