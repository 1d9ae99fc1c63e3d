// Runs in the desktop project only (page.pdf is the same at any viewport): see playwright.config.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import { expect, open, story, test } from './helpers';
import { PUBLIC_URL, SITE_BUILD_URL } from './ports';
import { sourceLabel } from '../src/lib/story/labels';

const dir = mkdtempSync(join(tmpdir(), 'handout-'));

/** The PDF's pages as text in drawing order (poppler's pdftotext -raw), one string per page. */
async function printed(page: Page, format: 'A4' | 'Letter') {
	const file = join(dir, `${format}-${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(file, await page.pdf({ format, printBackground: true }));
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
	const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
	return { pages, texts: text.split('\f').slice(0, pages) };
}

/** Tag every heading so the printed text shows where each ends ("[H]" adds one word). */
async function tagHeadings(page: Page) {
	const n = await page.evaluate(() => {
		const hs = [...document.querySelectorAll('main h2, main h3')];
		for (const h of hs) h.append(' [H]');
		return hs.length;
	});
	expect(n).toBeGreaterThan(3);
}

/** No heading is the last thing on a page: each is followed, on its page, by what it heads. */
function expectNoOrphanedHeadings(texts: string[]) {
	texts.forEach((t, i) => {
		const lines = t
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		expect(lines.at(-1) ?? '', `page ${i + 1} ends with a heading`).not.toMatch(/\[H\]$/);
	});
}

async function decodeQr(qr: Locator): Promise<string | null> {
	const png = PNG.sync.read(await qr.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test.describe('the four-page handout', () => {
	for (const [name, base] of [
		['without a public address', ''],
		['with a public address', SITE_BUILD_URL]
	]) {
		test(`prints on at most four pages, A4 and Letter, ${name}`, async ({ page }) => {
			await page.goto(`${base}/handout/`);
			for (const format of ['A4', 'Letter'] as const) {
				const { pages, texts } = await printed(page, format);
				expect(pages, format).toBeLessThanOrEqual(4);
				// every event is on paper (words hyphenated across lines joined again)
				const all = texts.join(' ').replace(/\s+/g, ' ').replace(/- /g, '-');
				for (const e of story.events) expect(all).toContain(e.title);
			}
			await tagHeadings(page);
			for (const format of ['A4', 'Letter'] as const)
				expectNoOrphanedHeadings((await printed(page, format)).texts);
		});
	}

	test('has the label key, one line per event, the disagreements and the questions', async ({
		page
	}) => {
		await page.goto('/handout/');
		const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
		await expect(page.locator('.status-key > [data-status]')).toHaveCount(used.size);
		await expect(page.locator('.chronology tbody tr')).toHaveCount(story.events.length);
		// Each label is printed with the quote of the claim it labels, not beside the event's title.
		await expect(page.locator('.chronology tbody td .badge')).toHaveCount(story.events.length);
		await expect(page.locator('.chronology tbody th .badge')).toHaveCount(0);
		for (const d of story.discrepancies.filter((x) => x.nature === 'substantive'))
			await expect(page.locator(`[data-disagreement="${d.id}"]`)).toContainText(d.topic);
		// A version that says whom it follows does not name that article again after it.
		const labels = [...story.sources, ...story.secondarySources].map(sourceLabel);
		for (const version of await page.locator('.disagreements .value').allTextContents())
			for (const label of labels)
				expect(version.split(label).length - 1, version).toBeLessThanOrEqual(1);
		for (const era of story.eras)
			await expect(page.locator('.questions')).toContainText(era.discussion);
		// Shortened quotes say so where they are cut, and are still the source's exact words.
		const quotes = story.events.flatMap((e) => e.claims.flatMap((c) => c.citations));
		const excerpts = page.locator('blockquote[data-excerpt]');
		expect(await excerpts.count()).toBeGreaterThan(0);
		for (const q of await excerpts.all()) {
			const text = (await q.textContent()) ?? '';
			expect(text).toMatch(/^… |…$/);
			const words = text.replace(/^… /, '').replace(/ …$/, '');
			expect(
				quotes.some((c) => c.quote.includes(words)),
				text
			).toBe(true);
			await expect(q.locator('xpath=..').locator('figcaption')).toContainText('Excerpt');
		}
	});

	test('on paper, the versions of a disagreement are set apart by a spaced slash', async ({
		page
	}) => {
		await page.goto('/handout/');
		const { texts } = await printed(page, 'A4');
		// Lines joined again: a slash that ends a line must still be followed by a space.
		const paper = texts.join(' ').replace(/\s+/g, ' ');
		const missing = story.discrepancies
			.filter((d) => d.nature === 'substantive')
			.flatMap((d) => d.values.slice(1).map((v) => `) / ${v.value.split(' ')[0]}`))
			.filter((separator) => !paper.includes(separator));
		expect(missing).toEqual([]);
	});

	test('in print: white paper, body ≥ 10 pt, quotes ≥ 9.5 pt in black', async ({ page }) => {
		for (const path of ['/handout/', '/handout/full/']) {
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			const m = await page.evaluate(() => {
				const px = (sel: string) =>
					[...document.querySelectorAll(sel)].map((el) =>
						parseFloat(getComputedStyle(el).fontSize)
					);
				return {
					backgrounds: ['html', 'body', 'main', '.disagree'].flatMap((sel) =>
						[...document.querySelectorAll(sel)].map((el) => getComputedStyle(el).backgroundColor)
					),
					body: px('main p, main td, main li, main .statement'),
					quotes: px('blockquote'),
					quoteColours: [...document.querySelectorAll('blockquote')].map(
						(el) => getComputedStyle(el).color
					),
					sticky: [...document.querySelectorAll('*')].filter((el) =>
						['sticky', 'fixed'].includes(getComputedStyle(el).position)
					).length
				};
			});
			const pt = (px: number) => (px * 72) / 96;
			for (const bg of m.backgrounds)
				expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], `${path}: inset background`).toContain(
					bg
				);
			expect(m.body.length).toBeGreaterThan(10);
			for (const size of m.body)
				expect(pt(size), `${path}: body`).toBeGreaterThanOrEqual(10 - 0.01);
			expect(m.quotes.length).toBeGreaterThanOrEqual(story.events.length);
			for (const size of m.quotes)
				expect(pt(size), `${path}: quotes`).toBeGreaterThanOrEqual(9.5 - 0.01);
			for (const c of m.quoteColours) expect(c, `${path}: quotes in black`).toBe('rgb(0, 0, 0)');
			expect(m.sticky).toBe(0);
			await page.emulateMedia({ media: 'screen' });
		}
	});

	test('without a public address: no QR codes, no printed paths, and it says why', async ({
		page
	}) => {
		for (const path of ['/handout/', '/handout/full/']) {
			await open(page, path);
			await expect(page.locator('svg.qr')).toHaveCount(0);
			await expect(page.locator('[data-no-address]')).toContainText('site.url');
			await expect(page.locator('[data-no-address]')).toContainText('SITE_URL');
		}
	});
});

test.describe('the full handout', () => {
	test('has every claim and quote, every disagreement, the label key and the sources', async ({
		page
	}) => {
		await page.goto('/handout/full/');
		const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
		for (const e of story.events) {
			await expect(page.locator(`[id="${e.id}"] h3`)).toHaveText(e.title);
			for (const c of e.claims) {
				expect(text).toContain(c.text);
				for (const q of c.citations) expect(text).toContain(q.quote.replace(/\s+/g, ' '));
			}
		}
		for (const d of story.discrepancies) {
			const note = page.getByRole('group', { name: `Sources disagree: ${d.topic}` });
			await expect(note).toBeVisible();
			for (const v of d.values) await expect(note).toContainText(v.value);
		}
		const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
		await expect(page.locator('.status-key > [data-status]')).toHaveCount(used.size);
		for (const s of story.sources) await expect(page.locator(`#source-${s.id}`)).toBeVisible();
	});

	test('prints without orphaned headings', async ({ page }) => {
		await page.goto('/handout/full/');
		await tagHeadings(page);
		for (const format of ['A4', 'Letter'] as const)
			expectNoOrphanedHeadings((await printed(page, format)).texts);
	});
});

test.describe('addresses on paper, with a public address', () => {
	test('QR codes decode to absolute https addresses of the site and of each event', async ({
		page
	}) => {
		await page.goto(`${SITE_BUILD_URL}/handout/`);
		await expect(page.locator('svg.qr')).toHaveCount(1);
		expect(await decodeQr(page.locator('svg.qr'))).toBe(`${PUBLIC_URL}/`);
		await expect(page.locator('[data-no-address]')).toHaveCount(0);

		await page.goto(`${SITE_BUILD_URL}/handout/full/`);
		await expect(page.locator('svg.qr')).toHaveCount(story.events.length);
		const e = story.events[7];
		const decoded = await decodeQr(page.locator(`[id="${e.id}"] svg.qr`));
		expect(decoded).toMatch(/^https:\/\//);
		expect(decoded).toBe(`${PUBLIC_URL}/events/${e.id}/`);
		for (const link of await page.locator('.link a').all())
			await expect(link).toHaveAttribute('href', new RegExp(`^${PUBLIC_URL}/events/`));
	});

	test('canonical and social links in the prerendered pages derive from the same address', async ({
		request
	}) => {
		// What link previews and search engines read: the HTML as built, before any script.
		const e = story.events[3];
		const html = await (await request.get(`${SITE_BUILD_URL}/events/${e.id}/`)).text();
		expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}/events/${e.id}/"`);
		expect(html).toContain(`<meta property="og:url" content="${PUBLIC_URL}/events/${e.id}/"`);
	});
});
