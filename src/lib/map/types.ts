/**
 * The locator map as the browser sees it: SVG path strings and points already
 * projected when the site was built (see $lib/server/map.ts). No geographic code
 * or data ships to readers, only what the page draws.
 */

export interface MapCountry {
	/** Natural Earth / ISO 3166 numeric code */
	code: string;
	d: string;
	/** the place id when the story names this country */
	place?: string;
}

export interface MapPoint {
	id: string;
	name: string;
	kind: string;
	x: number;
	y: number;
	/** which side of the dot its label sits, so neighbours don't collide */
	side: 'left' | 'right' | 'below';
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
	/** labels of the countries the story names, placed at their label point */
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
