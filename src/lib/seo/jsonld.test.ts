import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Story } from '$lib/story/schema';
import { eventJsonLd, jsonLdText, temporalCoverage } from './jsonld';

const story: Story = JSON.parse(readFileSync('data/story.json', 'utf8'));
const urls = {
	page: 'https://x.org/events/a/',
	story: 'https://x.org/',
	image: 'https://x.org/c.png'
};

describe('event JSON-LD', () => {
	it('dates the event as precisely as the data, and spans as intervals', () => {
		expect(temporalCoverage({ when: { date: '2022-10', precision: 'month' } })).toBe('2022-10');
		expect(
			temporalCoverage({
				when: { date: '2016', precision: 'year' },
				until: { date: '2023', precision: 'year' }
			})
		).toBe('2016/2023');
	});

	it("cites exactly the sources the event's claims quote, with an outlet only when the text names one", () => {
		for (const event of story.events) {
			const ld = eventJsonLd(story, event, urls);
			const expected = new Set(
				event.claims.flatMap((c) =>
					c.citations.flatMap((x) => (x.via ? [x.source, x.via] : [x.source]))
				)
			);
			expect(ld.citation).toHaveLength(expected.size);
			const all = [...story.sources, ...story.secondarySources];
			for (const c of ld.citation) {
				const s = all.find((x) => x.title === c.name)!;
				expect(expected.has(s.id)).toBe(true);
				expect('publisher' in c).toBe(s.outlet !== null);
			}
			expect(ld.isPartOf.name).toBe(story.title);
			expect(ld.name).toBe(event.title);
		}
	});

	it('can never close its script element', () => {
		const text = jsonLdText({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
		expect(text).not.toContain('<');
		expect(text).not.toContain('\u2028');
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
	});
});
