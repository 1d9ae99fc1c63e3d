/**
 * npm run validate [file]: checks a story file and prints one line per problem,
 * `data/story.json: events[3].when: ...`, or a one-line summary. Never a stack trace.
 */
import { checkPlacesFile, checkStoryFile, DEFAULT_STORY_FILE } from '../src/lib/story/node';
import { formatProblems, summarise } from '../src/lib/story/validate';
import { checkPublishedIds } from '../src/lib/story/published';

const file = process.argv[2] ?? process.env.STORY_FILE ?? DEFAULT_STORY_FILE;
try {
	const result = checkStoryFile(file);
	if (!result.ok) {
		console.error(formatProblems(file, result.problems));
		console.error(`\n${result.problems.length} problem(s) in ${file}`);
		process.exit(1);
	}
	const places = checkPlacesFile(file, result.story);
	if (!places.ok) {
		console.error(formatProblems(file, places.problems));
		console.error(`\n${places.problems.length} problem(s) with the places of ${file}`);
		process.exit(1);
	}
	const missing = file === DEFAULT_STORY_FILE ? checkPublishedIds(result.story) : [];
	if (missing.length) {
		console.error(missing.join('\n'));
		process.exit(1);
	}
	console.log(`${file}: ok: ${summarise(result.story)}`);
} catch (e) {
	console.error(`${file}: ${(e as Error).message}`);
	process.exit(1);
}
