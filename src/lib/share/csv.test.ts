import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Story } from '$lib/story/schema';
import { STATUS_LABELS } from '$lib/story/labels';
import { CSV_COLUMNS, csvCell, eventsCsv } from './csv';

const story: Story = JSON.parse(readFileSync('data/story.json', 'utf8'));

describe('events CSV', () => {
	it('quotes commas, quotes and line breaks, and defuses formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, "b"')).toBe('"a, ""b"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
	});

	it('has a row for every event with its date, title and lead status, in order', () => {
		const rows: Record<string, string>[] = parse(
			eventsCsv(story, (id) => `/events/${id}/`),
			{
				columns: true
			}
		);
		expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
		expect(rows.map((r) => r.id)).toEqual(story.events.map((e) => e.id));
		rows.forEach((r, i) => {
			const e = story.events[i];
			expect(r.date).toBe(e.when.date);
			expect(r.title).toBe(e.title);
			expect(r.status).toBe(STATUS_LABELS[e.claims[0].status]);
			expect(r.sources.length).toBeGreaterThan(0);
			expect(r.url).toBe(`/events/${e.id}/`);
		});
	});
});
