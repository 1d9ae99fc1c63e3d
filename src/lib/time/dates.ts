/**
 * Dates as precise as their sources. Every date is an interval in UTC (a day, a
 * month, a season, a year): a "2014" event is drawn as the whole of 2014, never
 * as a fake point on 1 January. UTC throughout so nothing moves with the reader's
 * timezone.
 */
import type { DateSpec, StoryEvent } from '../story/schema';

export interface Interval {
	start: Date;
	end: Date;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Meteorological (northern) seasons: start month, 0-based. Winter runs into the next year. */
const SEASON_START: Record<NonNullable<DateSpec['season']>, number> = {
	spring: 2,
	summer: 5,
	autumn: 8,
	winter: 11
};

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));

function parts(iso: string): [number, number | undefined, number | undefined] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y, m === undefined ? undefined : m - 1, d];
}

/** Why a DateSpec is impossible, or null when it is fine. */
export function dateProblem(spec: DateSpec): string | null {
	const [y, m, d] = parts(spec.date);
	const wants = { day: 3, month: 2, season: 1, year: 1 }[spec.precision];
	const has = spec.date.split('-').length;
	if (has !== wants) {
		return `precision "${spec.precision}" needs ${['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][wants - 1]}, got "${spec.date}"`;
	}
	if (spec.precision === 'season' && !spec.season) return 'precision "season" needs a season';
	if (spec.precision !== 'season' && spec.season)
		return `a season only goes with precision "season"`;
	if (spec.part && spec.precision !== 'year' && spec.precision !== 'month')
		return '"part" (early/mid/late) only narrows a year or a month';
	if (m !== undefined && (m < 0 || m > 11)) return `no month ${m + 1} in "${spec.date}"`;
	if (d !== undefined) {
		const probe = utc(y, m, d);
		if (probe.getUTCMonth() !== m || probe.getUTCDate() !== d)
			return `"${spec.date}" is not a calendar date`;
	}
	return null;
}

/** The stretch of time a DateSpec covers: [start, end). */
export function interval(spec: DateSpec): Interval {
	const [y, m, d] = parts(spec.date);
	let start: Date;
	let end: Date;
	switch (spec.precision) {
		case 'day':
			start = utc(y, m, d);
			end = utc(y, m, (d ?? 1) + 1);
			break;
		case 'month':
			start = utc(y, m);
			end = utc(y, (m ?? 0) + 1);
			break;
		case 'season': {
			const s = SEASON_START[spec.season ?? 'spring'];
			start = utc(y, s);
			end = utc(y, s + 3);
			break;
		}
		case 'year':
			start = utc(y);
			end = utc(y + 1);
			break;
	}
	if (spec.part) {
		const third = (end.getTime() - start.getTime()) / 3;
		const i = { early: 0, mid: 1, late: 2 }[spec.part];
		return {
			start: new Date(start.getTime() + i * third),
			end: new Date(start.getTime() + (i + 1) * third)
		};
	}
	return { start, end };
}

/** The whole span of an event: from the start of `when` to the end of `until` (or of `when`). */
export function eventInterval(event: Pick<StoryEvent, 'when' | 'until'>): Interval {
	const from = interval(event.when);
	return { start: from.start, end: event.until ? interval(event.until).end : from.end };
}

/** "14 May 2018", "October 2013", "Autumn 2020", "Late 2021", "2014". */
export function formatDate(spec: DateSpec): string {
	const [y, m, d] = parts(spec.date);
	const part = spec.part ? `${spec.part[0].toUpperCase()}${spec.part.slice(1)}` : '';
	switch (spec.precision) {
		case 'day':
			return `${d} ${MONTHS[m ?? 0]} ${y}`;
		case 'month':
			return part ? `${part} ${MONTHS[m ?? 0]} ${y}` : `${MONTHS[m ?? 0]} ${y}`;
		case 'season': {
			const s = spec.season ?? 'spring';
			return `${s[0].toUpperCase()}${s.slice(1)} ${y}`;
		}
		case 'year':
			return part ? `${part === 'Mid' ? 'Mid-' : part + ' '}${y}` : `${y}`;
	}
}

/** An event's date as a reader sees it: its own label if it has one, else from–to. */
export function eventDateLabel(event: Pick<StoryEvent, 'when' | 'until' | 'dateLabel'>): string {
	if (event.dateLabel) return event.dateLabel;
	const from = formatDate(event.when);
	return event.until ? `${from} – ${formatDate(event.until)}` : from;
}

/** A partial ISO string ("2016", "2023-09") as the start of that period. */
export function parsePartial(iso: string): Date {
	const [y, m, d] = parts(iso);
	return utc(y, m ?? 0, d ?? 1);
}
