/**
 * Links never rot: every id ever published (data/published-ids.json) must still
 * resolve, as a live event id or as a formerId that redirects.
 */
import { readFileSync } from 'node:fs';
import type { Story } from './schema';

export const PUBLISHED_IDS_FILE = 'data/published-ids.json';

export function unresolvedIds(story: Story, published: string[]): string[] {
	const known = new Set(story.events.flatMap((e) => [e.id, ...(e.formerIds ?? [])]));
	return published.filter((id) => !known.has(id));
}

/** Problems as printable lines; empty when every published id resolves. */
export function checkPublishedIds(story: Story, file = PUBLISHED_IDS_FILE): string[] {
	const published = JSON.parse(readFileSync(file, 'utf8')) as string[];
	return unresolvedIds(story, published).map(
		(id) =>
			`${file}: "${id}" was published but is no longer an event id or a formerId: add it to formerIds of the event it became`
	);
}
