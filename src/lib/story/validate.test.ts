import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { formatProblems, validateStory } from './validate';
import { checkStoryFile } from './node';
import { CLAIM_STATUSES, Story, storyJsonSchema } from './schema';
import type { z } from 'zod';
import { checkPublishedIds, unresolvedIds } from './published';
import { spawnSync } from 'node:child_process';
import {
	bareCodes,
	hasAttribution,
	isUnnamedAttribution,
	loadedTermUses,
	quotedSpans
} from './editorial';
import { editorNote, usedStatuses } from './labels';

type StoryInput = z.input<typeof Story>;
const fixture: StoryInput = JSON.parse(readFileSync('tests/fixtures/mini-story.json', 'utf8'));
const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : null);

function problemsAfter(edit: (s: StoryInput) => void) {
	const s = structuredClone(fixture);
	edit(s);
	const r = validateStory(s, read);
	return r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('the real story', () => {
	it('validates, with every quote found in its source', () => {
		const r = checkStoryFile('data/story.json');
		expect(r.problems).toEqual([]);
		expect(r.ok).toBe(true);
	});
	it('keeps every published id reachable', () => {
		const r = checkStoryFile('data/story.json');
		expect(r.ok && checkPublishedIds(r.story)).toEqual([]);
	});
	it('references the JSON Schema generated from the zod schema, which is up to date', () => {
		const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
		expect(story.$schema).toBe('./story.schema.json');
		const onDisk = JSON.parse(readFileSync('data/story.schema.json', 'utf8'));
		expect(onDisk, 'run `npm run schema`').toEqual(storyJsonSchema());
	});
});

describe('bad input is rejected with where and what', () => {
	it('accepts the fixture as it is', () => expect(problemsAfter(() => {})).toEqual([]));

	it.each<[string, (s: StoryInput) => void, string]>([
		[
			'schema: wrong type',
			(s) => (s.events[0].title = 42 as never),
			'events[0].title: Invalid input: expected string, received number'
		],
		[
			'schema: unknown field',
			(s) => Object.assign(s.events[0], { colour: 'red' }),
			'events[0]: Unrecognized key: "colour"'
		],
		[
			'schema: bad status',
			(s) => (s.events[0].claims[0].status = 'rumour' as never),
			'events[0].claims[0].status: Invalid option'
		],
		[
			'claim without a citation',
			(s) => (s.events[0].claims[0].citations = []),
			'events[0].claims[0].citations: a claim needs at least one citation'
		],
		[
			'non-slug id',
			(s) => (s.events[0].id = 'Diplomatic Ties'),
			'events[0].id: must be a kebab-case slug'
		],
		[
			'duplicate event id',
			(s) => (s.events[1].id = s.events[0].id),
			'events[1].id: duplicate event id "diplomatic-ties-1992"'
		],
		[
			'former id reusing a live id',
			(s) => (s.events[1].formerIds = ['diplomatic-ties-1992']),
			'events[1].formerIds[0]: duplicate event id'
		],
		[
			'unknown source',
			(s) => (s.events[0].claims[0].citations[0].source = 'nobody'),
			'events[0].claims[0].citations[0].source: unknown source "nobody"'
		],
		[
			'secondary source cited directly',
			(s) => (s.events[1].claims[0].citations[0].source = 'haaretz-2023-03-06'),
			'is a secondary source: cite the article that reports it'
		],
		[
			'unknown era',
			(s) => (s.events[0].era = 'middle-ages'),
			'events[0].era: unknown era "middle-ages"'
		],
		[
			'unknown theme',
			(s) => (s.events[0].themes = ['sports']),
			'events[0].themes[0]: unknown theme "sports"'
		],
		[
			'impossible date',
			(s) => (s.events[1].when = { date: '2013-02-30', precision: 'day' }),
			'events[1].when: "2013-02-30" is not a calendar date'
		],
		[
			'precision mismatch',
			(s) => (s.events[1].when = { date: '2013', precision: 'month' }),
			'events[1].when: precision "month" needs YYYY-MM'
		],
		[
			'end before start',
			(s) => (s.events[1].until = { date: '2012', precision: 'year' }),
			'events[1].until: ends before it starts'
		],
		[
			'out of order',
			(s) => (s.events[0].when = { date: '2015', precision: 'year' }),
			'events[1].when: out of chronological order'
		],
		[
			'outside the range',
			(s) => (s.events[0].when = { date: '1980', precision: 'year' }),
			"events[0].when: outside the story's range"
		],
		[
			'missing source file',
			(s) => (s.sources[0].file = 'data/sources/missing.txt'),
			'sources[0].file: file not found: data/sources/missing.txt'
		],
		[
			'via not reported by that article',
			(s) => (s.events[0].claims[0].citations[0].via = 'haaretz-2023-03-06'),
			'does not list "article-004" in reportedBy'
		],
		[
			'quote not in the source',
			(s) =>
				(s.events[1].claims[0].citations[0].quote =
					'In October 2013, the head of the Civil Aviation Authority signed'),
			'events[1].claims[0].citations[0].quote: not found in data/sources/001_5821f6b323f87d65.txt (closest: "In October 2013, the head of Israel'
		]
	])('%s', (_, edit, expected) => {
		const problems = problemsAfter(edit);
		expect(problems.join('\n')).toContain(expected);
	});

	it('formats each problem with the file and JSON path', () => {
		const out = formatProblems('data/story.json', [{ path: 'events[3].when', message: 'bad' }]);
		expect(out).toBe('data/story.json: events[3].when: bad');
	});

	it('reports invalid JSON and a missing file without a stack trace', () => {
		expect(checkStoryFile('tests/fixtures/not-json.txt').problems[0].message).toMatch(
			/^not valid JSON/
		);
		expect(checkStoryFile('nowhere.json').problems[0].message).toMatch(/^not found/);
	});
});

describe('editorial guardrails fail with the JSON path', () => {
	it.each<[string, (s: StoryInput) => void, string]>([
		[
			'a loaded term in our own words',
			(s) => (s.events[0].title = 'Ties with the regime'),
			'events[0].title: loaded term "regime" in our own words'
		],
		[
			'a loaded term in a note, unquoted',
			(s) => (s.events[1].editorNotes = ['Before the victory.']),
			'events[1].editorNotes[0]: loaded term "victory"'
		],
		[
			'a loaded term quoted, but not from any article',
			(s) => (s.events[0].summary = "Ties before the 'occupied lands' were taken."),
			'events[0].summary: loaded term "occupied" is quoted, but the quotation is not in any article'
		],
		[
			'a claim on unnamed sources marked reported',
			(s) =>
				s.events[0].claims.push({
					text: 'The article says it was reported that 11 more flights were operated.',
					status: 'reported',
					citations: [
						{
							source: 'article-004',
							quote:
								'It was reported that since March 2023, an additional 11 flights were operated to Azerbaijan'
						}
					]
				}),
			'events[0].claims[1].status: "reported" but every citation rests on unnamed or foreign sources'
		],
		[
			'a claim on foreign reports marked confirmed',
			(s) => {
				s.events[0].claims[0].status = 'confirmed';
				s.events[0].claims[0].citations = [
					{
						source: 'article-004',
						quote: 'Foreign reports have indicated that Azerbaijan allowed Mossad'
					},
					{
						source: 'article-001',
						quote: 'Haaretz also cited foreign media reports that Azerbaijan has allowed'
					}
				];
			},
			'events[0].claims[0].status: "confirmed" but every citation rests on unnamed or foreign sources'
		],
		[
			'a one-article claim marked confirmed',
			(s) => (s.events[0].claims[0].status = 'confirmed'),
			'events[0].claims[0].status: "confirmed" needs citations from at least two different articles'
		],
		[
			'a confirmed claim whose articles all relay one report',
			(s) => {
				s.secondarySources[0].reportedBy.push('article-004');
				s.events[1].claims[0].status = 'confirmed';
				s.events[1].claims[0].citations.push({
					source: 'article-004',
					quote: 'An investigation conducted by the Hebrew newspaper Haaretz on March 6, 2023',
					via: 'haaretz-2023-03-06'
				});
			},
			'events[1].claims[0].status: "confirmed" needs two independent accounts'
		],
		[
			'a reported claim stated as bare fact',
			(s) => (s.events[0].claims[0].text = 'Diplomatic relations date from 1992.'),
			'events[0].claims[0].text: a "reported" claim must say who says it'
		],
		[
			'an alleged claim stated as bare fact',
			(s) => {
				s.events[0].claims[0].status = 'alleged';
				s.events[0].claims[0].text = 'Diplomatic relations date from 1992.';
			},
			'events[0].claims[0].text: a "alleged" claim must say who says it'
		],
		[
			'an article named by its file code',
			(s) => (s.events[1].editorNotes = ['Only 001 mentions the exemption.']),
			'events[1].editorNotes[0]: names an article by its file code "001": use its label'
		],
		[
			"an editors' note marked outside with anything but true",
			(s) => (s.events[1].editorNotes = [{ text: 'x', outside: false } as never]),
			'events[1].editorNotes[0]'
		]
	])('%s', (_, edit, expected) => {
		expect(problemsAfter(edit).join('\n')).toContain(expected);
	});

	it.each<[string, (s: StoryInput) => void]>([
		[
			'a loaded term quoted from an article',
			(s) =>
				(s.events[0].summary =
					"One article speaks of Azerbaijan's need to 'liberate its territories occupied by Armenia'.")
		],
		[
			'a loaded term in typographic double quotes',
			(s) => (s.events[0].summary = 'One article calls it the “Israeli Occupation”.')
		],
		[
			'unnamed sources relayed by a named outlet, marked reported',
			(s) =>
				(s.events[1].claims[0].citations[0].quote =
					'Haaretz also cited foreign media reports that Azerbaijan has allowed')
		],
		[
			'an official claim without a verb of saying',
			(s) => {
				s.events[0].claims[0].status = 'official';
				s.events[0].claims[0].text = 'Diplomatic relations date from 1992.';
			}
		],
		[
			'a claim confirmed by two articles',
			(s) => {
				s.events[1].claims[0].status = 'confirmed';
				s.events[1].claims[0].citations.push({
					source: 'article-004',
					quote: 'An investigation conducted by the Hebrew newspaper Haaretz on March 6, 2023'
				});
			}
		]
	])('accepts %s', (_, edit) => expect(problemsAfter(edit)).toEqual([]));

	it('npm run validate prints each fault of the bad fixture with its path and fails', () => {
		const file = 'tests/fixtures/bad/data/story.json';
		const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		for (const line of [
			'events[0].summary: loaded term "victory"',
			'events[0].claims[0].status: "confirmed" needs citations from at least two different articles',
			'events[0].claims[1].status: "reported" but every citation rests on unnamed or foreign sources',
			'events[1].claims[0].text: a "reported" claim must say who says it'
		])
			expect(run.stderr).toContain(`${file}: ${line}`);
	}, 30_000);
});

describe('editorial helpers', () => {
	it('finds quotations, not apostrophes', () => {
		const t = "Azerbaijan's ties, 'liberated' and “occupied”, and the articles' view";
		expect(quotedSpans(t).map(([a, b]) => t.slice(a, b))).toEqual(['liberated', 'occupied']);
	});
	it('matches a loaded term as a word, with its plural, in any case', () => {
		expect(loadedTermUses('Two Regimes met.', ['regime'], [])).toEqual([
			{ term: 'regime', why: 'unquoted' }
		]);
		expect(loadedTermUses('A regimental band.', ['regime'], [])).toEqual([]);
	});
	it('accepts quotations with an ellipsis when each piece is in one article', () => {
		expect(
			loadedTermUses(
				"It said 'the Israeli regime … exporting'.",
				['regime'],
				['that the Israeli regime is exporting arms']
			)
		).toEqual([]);
	});
	it('recognises wordings that rest on unnamed sources', () => {
		expect(isUnnamedAttribution('According to defence sources, the list includes')).toBe(true);
		expect(isUnnamedAttribution('Israeli sources said that the air lift')).toBe(true);
		expect(isUnnamedAttribution('what one of the sources called')).toBe(true);
		expect(isUnnamedAttribution('Haaretz reported that since 2016')).toBe(false);
	});
	it('counts a label, an outlet or a verb of saying as attribution', () => {
		expect(hasAttribution('Al-Monitor, Mar 2023 says so.', [])).toBe(true);
		expect(hasAttribution('Haaretz counted 92 flights.', ['Haaretz'])).toBe(true);
		expect(hasAttribution('Eleven more flights were operated.', ['Haaretz', 'X'])).toBe(false);
		expect(hasAttribution('Next to the United States.', [])).toBe(false);
	});
	it('spots bare article codes but not years or ids', () => {
		expect(bareCodes('Only 004 says so', ['004', '001'])).toEqual(['004']);
		expect(bareCodes('In 2004, article-001 and 001_x.txt', ['004', '001'])).toEqual([]);
	});
	it("reads an editors' note as plain or outside", () => {
		expect(editorNote('Rests on the articles.')).toEqual({
			text: 'Rests on the articles.',
			outside: false
		});
		expect(editorNote({ text: 'Geography.', outside: true })).toEqual({
			text: 'Geography.',
			outside: true
		});
	});
	it('keys only the statuses the claims use, in vocabulary order', () => {
		const r = checkStoryFile('data/story.json');
		if (!r.ok) throw new Error('the story does not validate');
		const used = new Set(r.story.events.flatMap((e) => e.claims.map((c) => c.status)));
		expect(usedStatuses(r.story)).toEqual(CLAIM_STATUSES.filter((s) => used.has(s)));
		expect(usedStatuses({ events: [] })).toEqual([]);
	});
});

describe('published ids', () => {
	it('a renamed event keeps its old id reachable through formerIds', () => {
		const s = structuredClone(fixture);
		s.events[0].formerIds = ['old-ties'];
		const r = validateStory(s, read);
		expect(r.ok && unresolvedIds(r.story, ['old-ties', 'diplomatic-ties-1992'])).toEqual([]);
	});
	it('an id that disappears without a redirect is caught', () => {
		const r = validateStory(fixture, read);
		expect(r.ok && unresolvedIds(r.story, ['vanished-event'])).toEqual(['vanished-event']);
	});
});
