// The built files a sharer, a crawler and a spreadsheet see: social tags and cards, JSON-LD,
// and the downloads. Read from disk with an HTML parser; run once (desktop project).
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, story, test } from './helpers';
import { VARIANTS } from './global-setup';

const ORIGIN = VARIANTS.site.env.SITE_URL;
const SITE = VARIANTS.site.dir;
const html = (dir: string, path: string) =>
	parseHtml(readFileSync(`${dir}${path}index.html`, 'utf8'));
const meta = (doc: HTMLElement, key: string) =>
	doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string) {
	const b = readFileSync(file);
	expect(b.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file in build-site/ an absolute URL of the public address points at. */
function fileFor(url: string) {
	expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
	return SITE + url.slice(ORIGIN.length);
}

test.describe('with the public address set', () => {
	test('every event page has absolute card, URL and canonical tags, and its card is a 1200×630 PNG of its own', () => {
		const cards = new Map<string, string>();
		for (const event of story.events) {
			const path = `/events/${event.id}/`;
			const doc = html(SITE, path);
			expect(meta(doc, 'og:url')).toBe(`${ORIGIN}${path}`);
			expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
				`${ORIGIN}${path}`
			);
			expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
			expect(meta(doc, 'og:image:width')).toBe('1200');
			expect(meta(doc, 'og:image:height')).toBe('630');
			expect(meta(doc, 'og:image:alt')).toContain(event.title);
			const image = meta(doc, 'og:image')!;
			expect(image).toBe(`${ORIGIN}/cards/events/${event.id}.png`);
			const file = fileFor(image);
			expect(existsSync(file), file).toBe(true);
			expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
			cards.set(event.id, readFileSync(file).toString('base64'));
		}
		// Drawn from each event's data: no two cards are the same picture.
		expect(new Set(cards.values()).size).toBe(story.events.length);
	});

	test('the story page has its own card', () => {
		const doc = html(SITE, '/');
		expect(meta(doc, 'og:url')).toBe(`${ORIGIN}/`);
		const image = meta(doc, 'og:image')!;
		expect(image).toBe(`${ORIGIN}/cards/story.png`);
		expect(pngSize(fileFor(image))).toEqual({ width: 1200, height: 630 });
	});

	test('each event page describes itself in JSON-LD: a dated part of the story, citing its sources', () => {
		const all = [...story.sources, ...story.secondarySources];
		for (const event of story.events) {
			const doc = html(SITE, `/events/${event.id}/`);
			const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
			expect(scripts).toHaveLength(1);
			const raw = scripts[0].textContent;
			expect(raw).not.toContain('<');
			const ld = JSON.parse(raw);
			expect(ld['@context']).toBe('https://schema.org');
			expect(ld.name).toBe(event.title);
			expect(ld.url).toBe(`${ORIGIN}/events/${event.id}/`);
			expect(ld.temporalCoverage.split('/')[0]).toBe(event.when.date);
			expect(ld.isPartOf).toMatchObject({ name: story.title, url: `${ORIGIN}/` });
			const cited = new Set(
				event.claims.flatMap((c) =>
					c.citations.flatMap((x) => [x.source, ...(x.via ? [x.via] : [])])
				)
			);
			expect(ld.citation.map((c: { name: string }) => c.name).sort()).toEqual(
				all
					.filter((s) => cited.has(s.id))
					.map((s) => s.title)
					.sort()
			);
		}
	});
});

test('the event list downloads as CSV with every event and its date', () => {
	const rows: Record<string, string>[] = parseCsv(readFileSync('build/downloads/events.csv'), {
		columns: true
	});
	expect(rows.map((r) => [r.id, r.date, r.title])).toEqual(
		story.events.map((e) => [e.id, e.when.date, e.title])
	);
	for (const r of rows) expect(r.status.length).toBeGreaterThan(0);
});

test('the story downloads as JSON that validates against its JSON Schema, downloaded beside it', () => {
	const schema = JSON.parse(readFileSync('build/downloads/story.schema.json', 'utf8'));
	expect(schema).toEqual(JSON.parse(readFileSync('data/story.schema.json', 'utf8')));
	const data = JSON.parse(readFileSync('build/downloads/story.json', 'utf8'));
	expect(data.$schema).toBe('./story.schema.json');
	const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
	expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	expect(data.events.map((e: { id: string }) => e.id)).toEqual(story.events.map((e) => e.id));
});

test('the host is told who may frame what: only the embed view, by anyone', () => {
	const headers = readFileSync('build/_headers', 'utf8');
	expect(headers).toMatch(/^\/\*\n(\s+.+\n)*\s+X-Frame-Options: SAMEORIGIN/m);
	expect(headers).toMatch(
		/^\/embed\/\*\n(\s+.+\n)*\s+Content-Security-Policy: frame-ancestors \*/m
	);
});
