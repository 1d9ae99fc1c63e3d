import { describe, expect, it } from 'vitest';
import { bibtex, citeText, cslJson } from './cite';

const story = {
	title: 'Israel and Azerbaijan',
	subtitle: 'Three decades',
	site: { url: null, credit: 'The timeline team', updated: '2026-11-22', corrections: [] }
};
const event = {
	id: 'gantz-visit-2022-10',
	title: 'Gantz visits 50% & more_{x}',
	date: 'October 2022'
};
const url = 'https://example.org/events/gantz-visit-2022-10/';

describe('cite', () => {
	it('reads as a plain reference to the story and to an event', () => {
		expect(citeText(story, null, 'https://example.org/')).toBe(
			'The timeline team. “Israel and Azerbaijan: Three decades.” Updated 22 November 2026. https://example.org/'
		);
		expect(citeText(story, event, url)).toBe(
			'The timeline team. “Gantz visits 50% & more_{x} (October 2022).” In Israel and Azerbaijan: a sourced timeline. Updated 22 November 2026. ' +
				url
		);
	});

	it('is valid CSL-JSON: a webpage with a literal author and date parts', () => {
		const item = cslJson(story, event, url);
		expect(item).toEqual({
			id: 'gantz-visit-2022-10',
			type: 'webpage',
			title: 'Gantz visits 50% & more_{x} (October 2022)',
			'container-title': 'Israel and Azerbaijan',
			author: [{ literal: 'The timeline team' }],
			issued: { 'date-parts': [[2026, 11, 22]] },
			URL: url
		});
		expect(cslJson(story, null, url)).not.toHaveProperty('container-title');
	});

	it("escapes BibTeX's special characters and keeps the entry balanced", () => {
		const entry = bibtex(story, event, url);
		expect(entry).toMatch(/^@misc\{gantz-visit-2022-10,\n/);
		expect(entry).toContain('title = {{Gantz visits 50\\% \\& more\\_\\{x\\} (October 2022)}}');
		expect(entry).toContain('author = {{The timeline team}}');
		expect(entry).toContain('year = {2026}');
		expect(entry).toContain('month = 11');
		expect(entry).toContain(`url = {${url}}`);
		const unescaped = entry.replace(/\\[{}]/g, '');
		const depth = [...unescaped].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
		expect(depth).toBe(0);
	});
});
