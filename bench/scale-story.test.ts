import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../src/lib/story/schema.ts';
import { validateStory } from '../src/lib/story/validate.ts';
import { copyId, scaleStory } from './scale-story.ts';

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const readSource = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);

describe('scaleStory', () => {
	const scaled = scaleStory(story, 3);

	it('multiplies events and disagreements, keeping the shared parts', () => {
		expect(scaled.events).toHaveLength(story.events.length * 3);
		expect(scaled.discrepancies).toHaveLength(story.discrepancies.length * 3);
		expect(scaled.sources).toEqual(story.sources);
		expect(scaled.eras).toEqual(story.eras);
	});

	it('gives every copy a new id and title, after its original, with the same claims', () => {
		const ids = scaled.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		const first = story.events[0];
		const [original, second, third] = scaled.events.slice(0, 3);
		expect(original).toEqual(first);
		expect([second.id, third.id]).toEqual([copyId(first.id, 2), copyId(first.id, 3)]);
		expect(third.title).toBe(`${first.title} (copy 3)`);
		expect(third.claims).toEqual(first.claims);
		expect(third.when).toEqual(first.when);
	});

	it('points each copied disagreement at the copied events', () => {
		const d = story.discrepancies[0];
		const copy = scaled.discrepancies.find((x) => x.id === copyId(d.id, 2));
		expect(copy?.events).toEqual(d.events.map((id) => copyId(id, 2)));
	});

	it('passes validation: order, eras, references and every quote', () => {
		const result = validateStory(scaled, readSource);
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('returns an equal story at 1× and never shares objects with its input', () => {
		const same = scaleStory(story, 1);
		expect(same).toEqual(story);
		same.events[0].claims[0].text = 'changed';
		expect(story.events[0].claims[0].text).not.toBe('changed');
	});

	it('refuses a scale that is not a whole number ≥ 1', () => {
		expect(() => scaleStory(story, 0)).toThrow(RangeError);
		expect(() => scaleStory(story, 2.5)).toThrow(RangeError);
	});
});
