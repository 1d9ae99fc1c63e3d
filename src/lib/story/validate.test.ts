import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { formatProblems, validateStory } from './validate';
import { checkStoryFile } from './node';
import { Story, storyJsonSchema } from './schema';
import type { z } from 'zod';
import { checkPublishedIds, unresolvedIds } from './published';

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
