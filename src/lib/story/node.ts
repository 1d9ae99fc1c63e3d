/** The story from disk: the one place that knows about files. Used by the CLI, the build and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems, validateStory, type ValidationResult } from './validate.ts';

export const DEFAULT_STORY_FILE = 'data/story.json';

export class StoryError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoryError';
	}
}

/** Reads, parses and validates a story file; source paths are relative to `root`. */
export function checkStoryFile(file: string, root = process.cwd()): ValidationResult {
	const path = resolve(root, file);
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

/** Like checkStoryFile, but throws one readable error listing every problem. */
export function loadStoryFile(file: string, root = process.cwd()) {
	const result = checkStoryFile(file, root);
	if (!result.ok) throw new StoryError(formatProblems(file, result.problems));
	return result.story;
}
