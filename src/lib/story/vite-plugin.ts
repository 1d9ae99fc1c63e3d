/**
 * Serves the validated story as `virtual:story` and its places (data/places.json,
 * checked against it) as `virtual:places`. Validation runs when the build
 * starts, so a malformed story stops the build before anything is written to
 * build/, with one line per problem (file, JSON path, what is wrong).
 * STORY_FILE picks another story (tests use it for hostile fixtures).
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { checkPlacesFile, checkStoryFile, DEFAULT_STORY_FILE } from './node.ts';
import { formatProblems } from './validate.ts';

const ID = 'virtual:story';
const RESOLVED = '\0' + ID;
const PLACES_ID = 'virtual:places';
const PLACES_RESOLVED = '\0' + PLACES_ID;

export function storyPlugin(): Plugin {
	const file = process.env.STORY_FILE ?? DEFAULT_STORY_FILE;
	let json = '';
	let placesJson = '';
	const fail = (problems: Parameters<typeof formatProblems>[1]) => {
		throw new Error(
			`Story validation failed:\n${formatProblems(file, problems)}\n(${problems.length} problem(s))`
		);
	};
	const load = () => {
		const result = checkStoryFile(file);
		if (!result.ok) fail(result.problems);
		else {
			const places = checkPlacesFile(file, result.story);
			if (!places.ok) fail(places.problems);
			else placesJson = JSON.stringify(places.places);
			json = JSON.stringify(result.story);
		}
	};
	let building = false;
	return {
		name: 'story',
		configResolved(config) {
			building = config.command === 'build';
		},
		buildStart() {
			try {
				load();
			} catch (e) {
				const message = (e as Error).message;
				// The dev server shows the problem in its overlay and keeps running.
				if (!building) this.error(message);
				// A build stops here with one line per problem: vite would wrap any thrown error in
				// a stack trace of its own, and the problem is in the story, not in our code.
				console.error(message);
				process.exit(1);
			}
		},
		resolveId(id) {
			return id === ID ? RESOLVED : id === PLACES_ID ? PLACES_RESOLVED : null;
		},
		load(id) {
			if (id !== RESOLVED && id !== PLACES_RESOLVED) return null;
			this.addWatchFile(resolve(file));
			this.addWatchFile(resolve('data/places.json'));
			if (!json) load();
			return `export default ${id === RESOLVED ? json : placesJson};`;
		},
		handleHotUpdate(ctx) {
			if (
				ctx.file === resolve(file) ||
				ctx.file.includes('/data/sources/') ||
				ctx.file.endsWith('/data/places.json')
			) {
				json = '';
				for (const id of [RESOLVED, PLACES_RESOLVED]) {
					const mod = ctx.server.moduleGraph.getModuleById(id);
					if (mod) ctx.server.moduleGraph.invalidateModule(mod);
				}
			}
		}
	};
}
