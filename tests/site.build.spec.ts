// Checks of the built files themselves; run once (desktop project), no browser page needed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { renderPlainPage } from '../bench/plain-page.ts';
import { expect, story, test } from './helpers';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}
const pages = htmlFiles('build');
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

test('every page is prerendered: the story, each event, each slide, the handout, 404', () => {
	expect(pages).toContain('build/index.html');
	expect(pages).toContain('build/handout/index.html');
	expect(pages).toContain('build/present/index.html');
	expect(pages).toContain('build/404.html');
	expect(pages.length).toBeGreaterThan(60);
});

test('every page has a strict Content-Security-Policy', () => {
	for (const path of pages) {
		const html = readFileSync(path, 'utf8');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, path).toBeTruthy();
		expect(csp).toContain("default-src 'self'");
		const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toContain('unsafe-eval');
		expect(csp).toContain("object-src 'none'");
	}
});

test('no page links to or loads from another origin', () => {
	// The story names its sources but links to none of them (the articles are in the
	// repository): an outbound link or resource appearing in a page is a change to review.
	const outbound: string[] = [];
	for (const path of pages) {
		const html = readFileSync(path, 'utf8');
		for (const m of html.matchAll(
			/<(a|script|link|img|iframe)\b[^>]*(src|href)="((?:https?:)?\/\/[^"]*)"/g
		))
			outbound.push(`${path}: <${m[1]}> ${m[3]}`);
	}
	expect(pages.length).toBeGreaterThan(60);
	expect(outbound).toEqual([]);
});

test('the HTML of every built page is valid', async () => {
	const validator = new HtmlValidate({
		extends: ['html-validate:recommended'],
		rules: {
			// Svelte's output: style attributes set by components, and its hydration comments.
			'no-inline-style': 'off',
			'no-trailing-whitespace': 'off',
			'attribute-boolean-style': 'off',
			'void-style': 'off',
			'attribute-empty-style': 'off',
			'no-redundant-role': 'off',
			// Prettier writes <!doctype html>; HTML is case-insensitive there.
			'doctype-style': 'off',
			// Event titles name the event, its date and the story: useful, if longer than 70 characters.
			'long-title': 'off'
		}
	});
	const problems: string[] = [];
	for (const path of pages) {
		const report = await validator.validateFile(path);
		for (const r of report.results)
			for (const m of r.messages) problems.push(`${path}:${m.line}: ${m.ruleId}: ${m.message}`);
	}
	expect(problems.slice(0, 20)).toEqual([]);
});

test('the icon is a small raster image, never an SVG document', () => {
	// Chrome fetches the icon again at every change of address, and an SVG icon is a document it
	// loads and draws on the page's main thread each time (the address bar follows the reader).
	const icons = [...readFileSync('build/index.html', 'utf8').matchAll(/<link rel="icon"[^>]*>/g)];
	expect(icons.map((m) => m[0])).toEqual([
		expect.stringMatching(/href="[^"]*\.png" type="image\/png"/)
	]);
	expect(statSync('build/favicon.png').size).toBeLessThan(2048);
});

test('first load of / stays within budget: JS ≤ 45 KB and everything ≤ 150 KB gzipped', () => {
	const html = readFileSync('build/index.html', 'utf8');
	const js = [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]);
	const css = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) => m[1]);
	expect(js.length).toBeGreaterThan(0);
	const jsBytes = js.reduce((n, href) => n + gz(join('build', href)), 0);
	const cssBytes = css.reduce((n, href) => n + gz(join('build', href)), 0);
	const total = gz('build/index.html') + jsBytes + cssBytes + gz('build/favicon.png');
	console.log(
		`first load of /: JS ${(jsBytes / 1024).toFixed(1)} KB, total ${(total / 1024).toFixed(1)} KB gzipped`
	);
	expect(jsBytes).toBeLessThanOrEqual(45 * 1024);
	expect(total).toBeLessThanOrEqual(150 * 1024);
});

test('index.html gzipped is at most 1.5× a plain HTML page of the same content', () => {
	// The yardstick of issue 12: the same claims, quotes, disagreements, glossary and sources
	// as plain markup, no JavaScript (bench/plain-page.ts, built here from the same data).
	const site = gz('build/index.html');
	const plain = gzipSync(renderPlainPage(story), { level: 9 }).length;
	console.log(
		`index.html ${(site / 1024).toFixed(1)} KB gzipped, plain page ${(plain / 1024).toFixed(1)} KB: ${(site / plain).toFixed(2)}×`
	);
	expect(site).toBeLessThanOrEqual(1.5 * plain);
});

test('no page but the story itself carries the whole story: the build grows linearly', () => {
	// Summaries are our words and each belongs to one event: a page that holds the summaries
	// of events other than its own is a copy of the story, as markup or as data.
	const text = (path: string) =>
		readFileSync(path, 'utf8').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) =>
			m === '&amp;' ? '&' : m === '&lt;' ? '<' : m === '&gt;' ? '>' : m === '&quot;' ? '"' : "'"
		);
	const others = (path: string, own: string | null) => {
		const html = text(path);
		return story.events.filter((e) => e.id !== own && html.includes(e.summary)).length;
	};
	const eventPages = pages.filter((p) => /^build\/(events|embed)\/[^/]+\/index\.html$/.test(p));
	const slidePages = pages.filter((p) => /^build\/present\/[^/]+\/index\.html$/.test(p));
	expect(eventPages.length).toBeGreaterThanOrEqual(2 * story.events.length);
	expect(slidePages.length).toBeGreaterThan(story.events.length);
	// Nor the axis's marks, one per event of the whole story: an event page draws its axes
	// around its own event's mark, and its script the others.
	const marks = (path: string) => readFileSync(path, 'utf8').match(/data-mark="[^"]*"/g) ?? [];
	for (const path of eventPages) {
		const own = path.split('/')[2];
		expect(others(path, own), path).toBe(0);
		expect(new Set(marks(path)), path).toEqual(new Set([`data-mark="${own}"`]));
	}
	// A slide shows one event at most.
	for (const path of slidePages) {
		expect(others(path, null), path).toBeLessThanOrEqual(1);
		expect(marks(path), path).toEqual([]);
	}
	// The short handout shows a line per event, as markup that is never hydrated: not the
	// story again as data (its page once serialized all of it, 127 KB).
	expect(others('build/handout/index.html', null)).toBe(0);
	// The one copy is the story's own page (and the shared files the others fetch once).
	expect(others('build/index.html', null)).toBe(story.events.length);
	expect(marks('build/index.html')).toHaveLength(story.events.length);
});
