/** The story from disk: the one place that knows about files. Used by the CLI, the build and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { validateStory, type ValidationResult } from './validate.ts';
import { validatePlaces, type PlacesResult } from './places.ts';
import type { Story } from './schema.ts';

export const DEFAULT_STORY_FILE = 'data/story.json';

/**
 * A story's source paths ("data/sources/x.txt") are relative to its project: the
 * folder holding its data/ folder. A story file elsewhere (a test fixture) uses the
 * working directory.
 */
function projectRoot(path: string): string {
	const dir = dirname(path);
	return basename(dir) === 'data' ? dirname(dir) : process.cwd();
}

/** Reads, parses and validates a story file. */
export function checkStoryFile(file: string): ValidationResult {
	const path = resolve(file);
	const root = projectRoot(path);
	if (!existsSync(path)) {
		return {
			ok: false,
			story: null,
			problems: [{ path: '(file)', message: `not found: ${path}` }]
		};
	}
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		return {
			ok: false,
			story: null,
			problems: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }]
		};
	}
	return validateStory(json, (f) => {
		const p = resolve(root, f);
		return existsSync(p) ? readFileSync(p, 'utf8') : null;
	});
}

/**
 * The places file beside a story (<project>/data/places.json), else the project's own:
 * a fixture story that names no places needs none of its own.
 */
export function checkPlacesFile(
	storyFile: string,
	story: Pick<Story, 'events' | 'themes'>
): PlacesResult {
	const own = resolve(projectRoot(resolve(storyFile)), 'data/places.json');
	const path = existsSync(own) ? own : resolve('data/places.json');
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		return {
			ok: false,
			places: null,
			problems: [{ path: '(places file)', message: `${path}: ${(e as Error).message}` }]
		};
	}
	return validatePlaces(json, story);
}
