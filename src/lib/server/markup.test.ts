import { describe, expect, it } from 'vitest';
import { storyMarkup } from './markup';
import { story } from './story';
import { LEAD_STEPS } from '$lib/narrative/parts';

const steps = (html: string) => (html.match(/data-step(?=[\s>=])/g) ?? []).length;
/** The markup a browser with scripts lays out: a noscript's content is text to it. */
const laidOut = (html: string) =>
	html.replace(/<noscript data-rest[^>]*>[\s\S]*?<\/noscript>/g, '');

describe('the story page’s markup', () => {
	const led = storyMarkup(null, true);

	it('lays out its first steps and holds the rest for readers without scripts', () => {
		expect(led.filled).toBe('lead');
		expect(steps(laidOut(led.parts.steps))).toBe(LEAD_STEPS);
		expect(steps(led.parts.steps)).toBe(story.events.length);
		expect(laidOut(led.parts.end)).not.toContain('id="sources"');
		expect(led.parts.end).toContain('id="sources"');
	});

	it('never nests what it holds back, so each noscript ends where the rest does', () => {
		for (const html of Object.values(led.parts))
			for (const rest of html.split(/<noscript data-rest[^>]*>/).slice(1))
				expect(rest.indexOf('<noscript')).toBe(-1);
	});

	it('is the whole story, laid out, for the shared fragment', () => {
		const whole = storyMarkup();
		expect(whole.filled).toBe('all');
		expect(whole.parts.steps).not.toContain('<noscript');
		expect(steps(whole.parts.steps)).toBe(story.events.length);
	});
});
