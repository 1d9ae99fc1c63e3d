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
import type { AxisLayout, AxisMark, AxisTick } from './views';

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
 * Bars over exactly the same stretch of a lane they share (three reports dated "2012", say)
 * would be drawn over each other, and only the top one could be clicked: each becomes a
 * stripe of the lane's band, in story order (see `AxisMark.stack`). Dots are left alone.
 */
export function stacked(marks: AxisMark[]): AxisMark[] {
	const groups = new Map<string, { mark: AxisMark; at: number }[]>();
	for (const mark of marks) {
		if (mark.point) continue;
		mark.lanes.forEach((lane, at) => {
			const key = `${lane} ${mark.start} ${mark.w[0]}`;
			groups.set(key, [...(groups.get(key) ?? []), { mark, at }]);
		});
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		group.forEach(({ mark, at }, k) => {
			mark.stack ??= mark.lanes.map((): [number, number] => [0, 1]);
			mark.stack[at] = [k, group.length];
		});
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
			})
		),
		ticks: [...byYear.values()].sort((a, b) => a.year - b.year)
	};
}
