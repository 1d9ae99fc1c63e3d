import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Story } from '../src/lib/story/schema.ts';
import { STATUS_LABELS } from '../src/lib/story/labels.ts';
import { renderPlainPage } from './plain-page.ts';

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const page = parse(renderPlainPage(story));
const texts = (selector: string) => page.querySelectorAll(selector).map((el) => el.text);

describe('the plain page carries what / shows', () => {
	it('has every quote, from the events and from the disagreements, word for word', () => {
		const quotes = new Set(texts('blockquote'));
		const all = [
			...story.events.flatMap((e) => e.claims.flatMap((c) => c.citations)),
			...story.discrepancies.flatMap((d) => d.values.flatMap((v) => v.citations))
		].map((c) => c.quote);
		expect(all.filter((q) => !quotes.has(q))).toEqual([]);
	});

	it('has every claim with its status label', () => {
		const claims = new Set(texts('article li > p'));
		const missing = story.events
			.flatMap((e) => e.claims)
			.map((c) => `${STATUS_LABELS[c.status]}: ${c.text}`)
			.filter((c) => !claims.has(c));
		expect(missing).toEqual([]);
	});

	it('has every disagreement topic, substantive and spelling, under its own heading', () => {
		const topics = new Set(texts('#disagreements h3, #glossary h3'));
		expect(story.discrepancies.map((d) => d.topic).filter((t) => !topics.has(t))).toEqual([]);
	});

	it('has every glossary term', () => {
		const terms = new Set(texts('#glossary dt'));
		expect(story.glossary.map((g) => g.term).filter((t) => !terms.has(t))).toEqual([]);
	});

	it('links only to anchors it has, and uses no script', () => {
		const ids = new Set(page.querySelectorAll('[id]').map((el) => el.id));
		const targets = page
			.querySelectorAll('a[href^="#"]')
			.map((a) => a.getAttribute('href')?.slice(1) ?? '')
			.filter((id) => id !== 'top');
		expect(targets.filter((id) => !ids.has(id))).toEqual([]);
		expect(page.querySelectorAll('script')).toHaveLength(0);
	});
});
