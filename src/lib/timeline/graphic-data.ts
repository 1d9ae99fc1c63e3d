/**
 * Everything the sticky graphic draws, and nothing more: built once per build from
 * the story, its time axis and its map, so the page never hands the browser the
 * whole story for the graphic's sake. Plain data (JSON-serialisable).
 */
import type { ClaimStatus, Story } from '$lib/story/schema';
import type { AxisLayout } from '$lib/time/views';
import type { MapLayout } from '$lib/map/types';
import { sourceLabel, STATUS_LABELS } from '$lib/story/labels';

export interface GraphicEvent {
	id: string;
	era: string;
	/** place ids (see map.names), in the event's order */
	places: string[];
	/** the articles its claims cite, by reader-facing label, in the story's order */
	sources: string[];
	/** status of its lead (first) claim, and how it reads */
	status: ClaimStatus;
	statusLabel: string;
	/** ids of the map routes drawn for it */
	routes: string[];
	/** its places in words (the map's text alternative), and what a dot cannot say */
	where: { id: string; name: string }[];
	notes: string[];
}

export interface GraphicData {
	/** the whole story's span, e.g. "1991–2024" */
	range: string;
	/**
	 * One entry per axis view: its label ("2016–2024") and where its window sits in
	 * the whole range (left edge and width in % of view 0), for the overview strip.
	 */
	views: { label: string; x: number; w: number }[];
	/** mark geometry, title and date of each event, lanes, eras and ticks */
	axis: AxisLayout;
	eras: { id: string; title: string; span: string; summary: string }[];
	/** by event id, in story order */
	events: GraphicEvent[];
	/** what the map draws; names and notes are already in each event's words */
	map: Omit<MapLayout, 'names' | 'notes' | 'offMap'>;
}

const year = (iso: string) => iso.slice(0, 4);

/** An event's places as a reader reads them: names, off-map places said so, notes. */
function words(map: MapLayout, places: string[], routes: string[]) {
	const offMap = new Set(map.offMap);
	return {
		where: places.map((id) => ({
			id,
			name: map.names[id] + (offMap.has(id) ? ' (off this map)' : '')
		})),
		notes: [
			...map.routes
				.filter((r) => routes.includes(r.id))
				.map((r) => `Dashed line: ${r.label}. ${r.note ?? ''}`.trim()),
			...places.flatMap((id) => (map.notes[id] ? [`${map.names[id]}: ${map.notes[id]}`] : []))
		]
	};
}
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * @param placeIds an event's `places` names -> place ids (variants resolved)
 */
export function graphicData(
	story: Pick<Story, 'range' | 'focus' | 'eras' | 'events' | 'sources'>,
	axis: AxisLayout,
	map: MapLayout,
	placeIds: (names: string[] | undefined) => string[]
): GraphicData {
	const whole = axis.views[0];
	const span = whole.end - whole.start;
	const labels = [story.range, ...story.focus].map((r) => `${year(r.start)}–${year(r.end)}`);
	const order = new Map(story.sources.map((s, i) => [s.id, i]));
	const byId = new Map(story.sources.map((s) => [s.id, s]));
	return {
		range: labels[0],
		views: axis.views.map((v, i) => ({
			label: labels[i],
			x: round(((v.start - whole.start) / span) * 100),
			w: round(((v.end - v.start) / span) * 100)
		})),
		axis,
		eras: story.eras.map((e) => ({
			id: e.id,
			title: e.title,
			span: `${year(e.start)}–${year(e.end)}`,
			summary: e.summary
		})),
		events: story.events.map((e) => {
			const places = placeIds(e.places);
			const routes = map.routes
				.filter(
					(r) => e.themes.includes(r.theme) && (places.includes(r.from) || places.includes(r.to))
				)
				.map((r) => r.id);
			const cited = new Set(e.claims.flatMap((c) => c.citations.map((x) => x.source)));
			return {
				id: e.id,
				era: e.era,
				places,
				sources: [...cited]
					.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
					.flatMap((id) => {
						const s = byId.get(id);
						return s ? [sourceLabel(s)] : [];
					}),
				status: e.claims[0].status,
				routes,
				statusLabel: STATUS_LABELS[e.claims[0].status],
				...words(map, places, routes)
			};
		}),
		map: (({ names: _n, notes: _o, offMap: _f, ...drawn }) => drawn)(map)
	};
}
