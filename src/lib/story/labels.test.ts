import { describe, expect, it } from 'vitest';
import { relayedLabel } from './labels';

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
