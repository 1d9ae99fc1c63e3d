/**
 * Serves the validated story as `virtual:story`. Validation runs when the build
 * starts, so a malformed story stops the build before anything is written to
 * build/, with one line per problem (file, JSON path, what is wrong).
 * STORY_FILE picks another story (tests use it for hostile fixtures).
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { checkStoryFile, DEFAULT_STORY_FILE } from './node.ts';
import { formatProblems } from './validate.ts';

const ID = 'virtual:story';
const RESOLVED = '\0' + ID;

export function storyPlugin(): Plugin {
	const file = process.env.STORY_FILE ?? DEFAULT_STORY_FILE;
	let json = '';
	const load = () => {
		const result = checkStoryFile(file);
		if (!result.ok) {
			throw new Error(
				`Story validation failed:\n${formatProblems(file, result.problems)}\n(${result.problems.length} problem(s))`
			);
		}
		json = JSON.stringify(result.story);
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
			return id === ID ? RESOLVED : null;
		},
		load(id) {
			if (id !== RESOLVED) return null;
			this.addWatchFile(resolve(file));
			if (!json) load();
			return `export default ${json};`;
		},
		handleHotUpdate(ctx) {
			if (ctx.file === resolve(file) || ctx.file.includes('/data/sources/')) {
				json = '';
				const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
				if (mod) ctx.server.moduleGraph.invalidateModule(mod);
			}
		}
	};
}
