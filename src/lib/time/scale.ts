/**
 * The time axis as numbers: which stretch of time is shown, where an event sits,
 * which lane it runs in. No DOM, no Svelte: the axis component only draws this.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Story, StoryEvent } from '../story/schema';
import { eventInterval, parsePartial } from './dates';

export type Domain = [number, number];

export function fullDomain(story: Pick<Story, 'range'>): Domain {
	return [parsePartial(story.range.start).getTime(), parsePartial(story.range.end).getTime()];
}

/**
 * The stretch to show for the active event: a crowded stretch (story.focus) when
 * the event starts inside one, else the whole story. A pure function of the event,
 * so a deep link, a slide and a scroll all land on the same view.
 */
export function focusDomain(
	story: Pick<Story, 'range' | 'focus'>,
	event: StoryEvent | null
): Domain {
	if (!event) return fullDomain(story);
	const at = eventInterval(event).start.getTime();
	for (const f of story.focus) {
		const s = parsePartial(f.start).getTime();
		const e = parsePartial(f.end).getTime();
		if (at >= s && at < e) return [s, e];
	}
	return fullDomain(story);
}

export function xScale(domain: Domain, width: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain(domain.map((d) => new Date(d)))
		.range([0, width]);
}

/** Yearly ticks, thinned so labels never collide (about one per 56 px). */
export function yearTicks(domain: Domain, width: number): Date[] {
	const years = (domain[1] - domain[0]) / (365.25 * 864e5);
	const fit = Math.max(1, Math.floor(width / 56));
	const step = [1, 2, 5, 10].find((s) => years / s <= fit) ?? 10;
	const start = new Date(domain[0]);
	const end = new Date(domain[1]);
	return utcYear.every(step)?.range(start, new Date(end.getTime() + 1)) ?? [];
}

export interface Mark {
	id: string;
	lane: number;
	x0: number;
	x1: number;
	/** a single day: drawn as a dot, everything else as a range */
	point: boolean;
}

/** Minimum drawn width so a month or a season stays visible and clickable. */
export const MIN_RANGE_PX = 4;

export function marks(
	events: StoryEvent[],
	lanes: string[],
	scale: ScaleTime<number, number>
): Mark[] {
	return events.map((e) => {
		const i = eventInterval(e);
		const x0 = scale(i.start);
		const x1 = Math.max(scale(i.end), x0 + MIN_RANGE_PX);
		return {
			id: e.id,
			lane: Math.max(0, lanes.indexOf(e.themes[0])),
			x0,
			x1,
			point: e.when.precision === 'day' && !e.until
		};
	});
}
