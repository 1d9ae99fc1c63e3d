/**
 * The event list as CSV (RFC 4180) for spreadsheets: one row per event with its date,
 * title, the status of its lead claim and the sources it quotes. Built at prerender time.
 */
import type { Story } from '$lib/story/schema';
import { citationSources } from '$lib/story/indexes';
import { sourceLabel, STATUS_LABELS } from '$lib/story/labels';
import { eventDateLabel } from '$lib/time/dates';

export const CSV_COLUMNS = [
	'id',
	'date',
	'until',
	'date_label',
	'title',
	'status',
	'era',
	'themes',
	'summary',
	'sources',
	'url'
] as const;

/** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function eventsCsv(story: Story, eventUrl: (id: string) => string): string {
	const names = new Map(
		[...story.sources, ...story.secondarySources].map((s) => [s.id, sourceLabel(s)])
	);
	const eras = new Map(story.eras.map((e) => [e.id, e.title]));
	const rows = story.events.map((e) => {
		const cited = new Set(e.claims.flatMap((c) => c.citations.flatMap(citationSources)));
		return [
			e.id,
			e.when.date,
			e.until?.date ?? '',
			eventDateLabel(e),
			e.title,
			STATUS_LABELS[e.claims[0].status],
			eras.get(e.era) ?? e.era,
			e.themes.join('; '),
			e.summary,
			[...cited].map((id) => names.get(id) ?? id).join('; '),
			eventUrl(e.id)
		];
	});
	return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
