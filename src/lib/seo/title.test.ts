import { describe, expect, it } from 'vitest';
import { documentTitle } from './title';

describe('documentTitle', () => {
	const event = { title: 'Benny Gantz visits Azerbaijan', date: 'October 2022' };
	it("names the event and its date, then the story's title", () => {
		expect(documentTitle('Israel and Azerbaijan', event)).toBe(
			'Benny Gantz visits Azerbaijan (October 2022) · Israel and Azerbaijan'
		);
	});
	it("is the story's title in the intro", () => {
		expect(documentTitle('Israel and Azerbaijan', null)).toBe('Israel and Azerbaijan');
	});
	it("uses the event's own date label", () => {
		expect(documentTitle('S', { ...event, date: 'Since 2016' })).toBe(
			'Benny Gantz visits Azerbaijan (Since 2016) · S'
		);
	});
});
