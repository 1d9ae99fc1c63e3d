import { describe, expect, it } from 'vitest';
import { labelsNotNamed, relayedLabel } from './labels';

const relayed = {
	outlet: null,
	published: null,
	title: 'x',
	kind: 'news-report'
} as const;

describe('relayedLabel', () => {
	it('names a post by its author and platform, not the platform alone', () => {
		const post = { ...relayed, outlet: 'X', title: "Ahmad Darawsha's posts on X" };
		expect(relayedLabel({ ...post, kind: 'social-media-post' })).toBe(
			"Ahmad Darawsha's posts on X"
		);
	});
	it('keeps an outlet and its date, and "unnamed" in lower case mid-sentence', () => {
		expect(
			relayedLabel({
				...relayed,
				outlet: 'Maariv',
				published: { date: '2016-04', precision: 'month' }
			})
		).toBe('Maariv, April 2016');
		expect(relayedLabel({ ...relayed, title: "Unnamed 'foreign reports'" })).toBe(
			"unnamed 'foreign reports'"
		);
	});
});

describe('labelsNotNamed', () => {
	it('leaves out a source the version already names, and names each other once', () => {
		const words =
			'A foothold in its airbases (Foreign Policy, according to “They raised its flag”)';
		expect(labelsNotNamed(words, ['“They raised its flag”', 'Al-Monitor, Mar 2023'])).toEqual([
			'Al-Monitor, Mar 2023'
		]);
		expect(labelsNotNamed('Six weeks', ['Al-Monitor, Mar 2023', 'Al-Monitor, Mar 2023'])).toEqual([
			'Al-Monitor, Mar 2023'
		]);
		expect(labelsNotNamed(words, ['“They raised its flag”'])).toEqual([]);
	});
});
