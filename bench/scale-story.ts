/**
 * A story N times as large, for `npm run bench -- --scale N`: every event is
 * followed by N−1 copies with new ids and suffixed titles. Copies keep their
 * original's date, era, themes and claims, so the story stays chronological,
 * every era still holds its events, and every quote still cites the same source
 * text: the scaled story passes validation like the real one. Disagreements are
 * copied too, each copy naming the copied events, so the disagreement pages grow
 * with the story. Sources, eras, themes and glossary are shared, as they would
 * be in a longer story from the same articles.
 *
 *   npx tsx bench/scale-story.ts 10 /tmp/story-10x.json   # then STORY_FILE=… npm run validate
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Discrepancy, Story, StoryEvent } from '../src/lib/story/schema.ts';

/** Copy k (2…N) of an id: `karabakh-war-2020` → `karabakh-war-2020-x2`. Copy 1 is the original. */
export const copyId = (id: string, k: number): string => (k === 1 ? id : `${id}-x${k}`);

function copyEvent(e: StoryEvent, k: number): StoryEvent {
	if (k === 1) return e;
	return {
		...e,
		id: copyId(e.id, k),
		...(e.formerIds && { formerIds: e.formerIds.map((f) => copyId(f, k)) }),
		title: `${e.title} (copy ${k})`
	};
}

function copyDiscrepancy(d: Discrepancy, k: number): Discrepancy {
	if (k === 1) return d;
	return {
		...d,
		id: copyId(d.id, k),
		topic: `${d.topic} (copy ${k})`,
		events: d.events.map((id) => copyId(id, k))
	};
}

export function scaleStory(story: Story, factor: number): Story {
	if (!Number.isInteger(factor) || factor < 1)
		throw new RangeError(`scale must be a whole number ≥ 1, got ${factor}`);
	const copies = Array.from({ length: factor }, (_, i) => i + 1);
	// A deep copy, so the result never shares objects a caller might mutate.
	return structuredClone({
		...story,
		// Each copy right after its original: equal dates keep the chronological order valid.
		events: story.events.flatMap((e) => copies.map((k) => copyEvent(e, k))),
		discrepancies: copies.flatMap((k) => story.discrepancies.map((d) => copyDiscrepancy(d, k)))
	});
}

/**
 * Writes the scaled story as JSON. Its source paths (data/sources/…) resolve
 * against the working directory, so validate and build it from the project root.
 */
export function writeScaledStory(from: string, factor: number, to: string): Story {
	const scaled = scaleStory(JSON.parse(readFileSync(from, 'utf8')) as Story, factor);
	writeFileSync(to, JSON.stringify(scaled, null, '\t') + '\n');
	return scaled;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [factor, out] = process.argv.slice(2);
	if (!factor || !out) {
		console.error('usage: npx tsx bench/scale-story.ts <factor> <out.json>');
		process.exit(1);
	}
	const scaled = writeScaledStory('data/story.json', Number(factor), out);
	console.log(
		`${out}: ${scaled.events.length} events, ${scaled.discrepancies.length} disagreements`
	);
}
