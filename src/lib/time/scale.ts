/**
 * The time axis, laid out at build time with d3: for each view (the whole story,
 * and each crowded stretch it zooms into) where every mark, era and year tick sits,
 * in percent of the plot's width. The browser only switches views and lets CSS
 * glide between them, so no scale code ships to readers and the prerendered axis
 * is already exact.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Story } from '../story/schema';
import { eventDateLabel, eventInterval, parsePartial } from './dates';
import { MIN_WIDTH, type AxisLayout, type AxisMark, type AxisTick } from './views';

/** Years between labelled ticks: about one label per 56 px on a ~560 px (wide) or ~340 px (compact) axis. */
const LABELS = { wide: 10, compact: 6 };

/** "2016–20": a span of years short enough to name a narrow band ("1991–2009" across centuries). */
export function shortSpan(start: string, end: string): string {
	const [a, b] = [start.slice(0, 4), end.slice(0, 4)];
	return a.slice(0, 2) === b.slice(0, 2) ? `${a}–${b.slice(2)}` : `${a}–${b}`;
}

/** d3's year ticks for a domain, thinned to at most `max` labels. */
export function yearTicks(start: Date, end: Date, max: number): Date[] {
	const years = (end.getTime() - start.getTime()) / (365.25 * 864e5);
	const step = [1, 2, 5, 10].find((s) => years / s <= max) ?? 10;
	const every = utcYear.every(step);
	return every ? scaleUtc().domain([start, end]).ticks(every) : [];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * What the crowd test assumes of the wide axis: its plot width (the narrowest it is in the
 * two-column layout that still shows every year label, a window of about 1280 px), a dot's
 * radius there, and the least of a mark left showing that a pointer can aim at.
 */
const PLOT_PX = 500;
const DOT_PX = 6;
const AIM_PX = 6;
const pct = (px: number) => (px / PLOT_PX) * 100;

/** Where a mark's shape covers its lane in a view, in % of the plot (a dot is its diameter). */
function extent(m: AxisMark, v: number): [number, number] {
	return m.point
		? [m.x[v] - pct(DOT_PX), m.x[v] + pct(DOT_PX)]
		: [m.x[v], m.x[v] + Math.max(m.w[v], MIN_WIDTH)];
}

/** How much of `[a, b]` the intervals leave uncovered. */
function uncovered([a, b]: [number, number], over: [number, number][]): number {
	let left = 0;
	let at = a;
	for (const [c, d] of [...over].sort((p, q) => p[0] - q[0])) {
		if (c > at) left += Math.min(c, b) - at;
		at = Math.max(at, d);
		if (at >= b) break;
	}
	return left + Math.max(0, b - at);
}

/** Items by key, in their order (Node 20 has no `Map.groupBy`). */
function groupBy<T, K>(items: T[], key: (item: T, i: number) => K): T[][] {
	const groups = new Map<K, T[]>();
	items.forEach((item, i) => {
		const k = key(item, i);
		groups.set(k, [...(groups.get(k) ?? []), item]);
	});
	return [...groups.values()];
}

/** A mark's shape in one lane (`at`, as `AxisMark.lanes`) and what it covers in one view. */
type Shape = { mark: AxisMark; at: number; ext: [number, number] };

/** Overlapping by more than the rounding of positions: a year ends where the next begins. */
const meets = (a: Shape, b: Shape) => a.ext[0] < b.ext[1] - 0.01 && b.ext[0] < a.ext[1] - 0.01;

/** A lane's crowds: each shape left showing less than `AIM_PX`, with the later ones over it. */
function crowds(lane: Shape[]): Shape[][] {
	const root = lane.map((_, i) => i);
	const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
	lane.forEach((shape, i) => {
		const over = lane.flatMap((s, j) => (j > i && meets(shape, s) ? [j] : []));
		const showing = uncovered(
			shape.ext,
			over.map((j) => lane[j].ext)
		);
		if (showing >= pct(AIM_PX)) return;
		for (const j of over) root[find(j)] = find(i);
	});
	return groupBy(lane, (_, i) => find(i)).filter((crowd) => crowd.length > 1);
}

/** Each of a crowd's shapes, in story order, in the first row where it meets no other. */
function rows(crowd: Shape[]): number[] {
	const filled: Shape[][] = [];
	return crowd.map((shape) => {
		const k = filled.findIndex((row) => row.every((s) => !meets(shape, s)));
		if (k < 0) return filled.push([shape]) - 1;
		filled[k].push(shape);
		return k;
	});
}

/**
 * Marks are drawn in story order, so a later mark covers an earlier one in the same lane: a
 * year's three reports over the same stretch, an operation and its halt a day apart. In each
 * view, a crowd (above) is split into rows of its lane; the rest of the lane is left as it is.
 */
export function stacked(marks: AxisMark[], views: number): AxisMark[] {
	for (let v = 0; v < views; v++) {
		const shapes = marks.flatMap((mark) =>
			mark.lanes.map((lane, at) => ({ lane, mark, at, ext: extent(mark, v) }))
		);
		for (const lane of groupBy(shapes, (s) => s.lane)) {
			for (const crowd of crowds(lane)) {
				const k = rows(crowd);
				const n = Math.max(...k) + 1;
				crowd.forEach(({ mark, at }, i) => {
					mark.stack ??= Array.from({ length: views }, () =>
						mark.lanes.map((): [number, number] => [0, 1])
					);
					mark.stack[v][at] = [k[i], n];
				});
			}
		}
	}
	return marks;
}

export function axisLayout(
	story: Pick<Story, 'range' | 'focus' | 'themes' | 'eras' | 'events'>
): AxisLayout {
	const domains = [story.range, ...story.focus].map(
		(r) => [parsePartial(r.start), parsePartial(r.end)] as const
	);
	const scales = domains.map(([s, e]) => scaleUtc().domain([s, e]).range([0, 100]));
	const at = (t: Date) => scales.map((x) => round(x(t)));
	const span = (a: Date, b: Date) => scales.map((x) => round(x(b) - x(a)));
	const lanes = story.themes.map((t) => t.id);

	// One entry per year that any view labels, with where it sits in every view.
	const byYear = new Map<number, AxisTick>();
	domains.forEach(([s, e], v) => {
		for (const density of ['wide', 'compact'] as const) {
			for (const t of yearTicks(s, e, LABELS[density])) {
				const year = t.getUTCFullYear();
				const tick = byYear.get(year) ?? {
					year,
					x: at(t),
					wide: domains.map(() => false),
					compact: domains.map(() => false)
				};
				tick[density][v] = true;
				byYear.set(year, tick);
			}
		}
	});

	return {
		views: domains.map(([s, e]) => ({ start: s.getTime(), end: e.getTime() })),
		lanes: story.themes.map((t) => ({ id: t.id, label: t.label })),
		eras: story.eras.map((e) => {
			const s = parsePartial(e.start);
			return {
				id: e.id,
				title: e.title,
				years: shortSpan(e.start, e.end),
				x: at(s),
				w: span(s, parsePartial(e.end))
			};
		}),
		marks: stacked(
			story.events.map((e) => {
				const i = eventInterval(e);
				return {
					id: e.id,
					title: e.title,
					date: eventDateLabel(e),
					lanes: e.themes
						.map((t) => lanes.indexOf(t))
						.filter((l) => l >= 0)
						.sort((a, b) => a - b),
					point: e.when.precision === 'day' && !e.until,
					start: i.start.getTime(),
					x: at(i.start),
					w: span(i.start, i.end)
				};
			}),
			domains.length
		),
		ticks: [...byYear.values()].sort((a, b) => a.year - b.year)
	};
}
