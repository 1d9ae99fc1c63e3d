import { editorNote } from '../src/lib/story/labels';
import {
	expect,
	expectNoAxeViolations,
	expectNoHorizontalOverflow,
	open,
	story,
	test
} from './helpers';
import type { Page } from '@playwright/test';
import { buildSlides } from '../src/lib/present/slides';
import { sourceLabel } from '../src/lib/story/labels';
import { eventDateLabel } from '../src/lib/time/dates';

const slides = buildSlides(story);
const slidePath = (id: string | null) => (id ? `/present/${id}/` : '/present/');
const sources = new Map(story.sources.map((s) => [s.id, s]));

/** What a slide occupies: overflow of page, stage and slide, the controls' place, and type sizes. */
function measure(page: Page) {
	return page.evaluate(() => {
		const px = (sel: string) =>
			[...document.querySelectorAll(`.stage ${sel}`)].map((el) =>
				parseFloat(getComputedStyle(el).fontSize)
			);
		const stage = document.querySelector('.stage')!;
		const slide = document.querySelector('.stage .slide')!;
		const nav = document.querySelector('nav.controls')!.getBoundingClientRect();
		return {
			pageScroll: document.documentElement.scrollHeight - window.innerHeight,
			stageOverflow: stage.scrollHeight - stage.clientHeight,
			slideOverflow: slide.scrollHeight - slide.clientHeight,
			navTop: nav.top,
			navBottom: nav.bottom,
			kind: slide.getAttribute('data-kind'),
			claims: px('.statement'),
			quotes: px('blockquote'),
			leads: px('.lead'),
			badges: px('.badge'),
			years: px('.slide-axis .year'),
			// The event's date under its mark, and the year labels that run into it.
			when: document.querySelector('.stage .slide-axis .when')?.textContent ?? null,
			underWhen: (() => {
				const when = document.querySelector('.stage .slide-axis .when')?.getBoundingClientRect();
				if (!when) return [];
				return [...document.querySelectorAll('.stage .slide-axis .year')]
					.filter((y) => {
						const r = y.getBoundingClientRect();
						return r.right > when.left && r.left < when.right;
					})
					.map((y) => y.textContent);
			})(),
			quoteColours: [...document.querySelectorAll('.stage blockquote')].map(
				(el) => getComputedStyle(el).color
			),
			ink: getComputedStyle(document.body).color
		};
	});
}

test.describe('presentation mode', () => {
	test('keyboard walk through every slide and back; the URL follows', async ({ page }) => {
		await open(page, '/present/');
		const progress = page.locator('.progress');
		await expect(progress).toHaveText(`1 / ${slides.length}`);
		for (let i = 1; i < slides.length; i++) {
			await page.keyboard.press(i % 2 ? 'ArrowRight' : 'Space');
			await expect(progress).toHaveText(`${i + 1} / ${slides.length}`);
			await expect(page).toHaveURL(new RegExp(`${slidePath(slides[i].id)}$`));
			// A kicker reads as words: no "1 of 2:" ending in its colon, no "versions 3–3".
			const kicker = (await page.locator('.stage .kicker').textContent())?.trim() ?? '';
			expect(kicker, `slide ${i + 1}`).not.toMatch(/:$|(\d+)–\1 of/);
		}
		await page.keyboard.press('ArrowRight');
		await expect(progress).toHaveText(`${slides.length} / ${slides.length}`);
		await page.keyboard.press('Home');
		await expect(progress).toHaveText(`1 / ${slides.length}`);
		await page.keyboard.press('End');
		await expect(progress).toHaveText(`${slides.length} / ${slides.length}`);
		await page.keyboard.press('PageUp');
		await expect(progress).toHaveText(`${slides.length - 1} / ${slides.length}`);
	});

	for (const [width, height] of [
		[1920, 1080],
		[1366, 768],
		[1280, 720]
	]) {
		test(`at ${width}×${height} no slide scrolls and the controls stay on screen`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await open(page, '/present/');
			const progress = page.locator('.progress');
			const big = width === 1920;
			let eventSlides = 0;
			for (let i = 0; i < slides.length; i++) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await expect(progress).toHaveText(`${i + 1} / ${slides.length}`);
				const m = await measure(page);
				const where = `${slides[i].id ?? 'title'} at ${width}×${height}`;
				expect(m.kind, where).toBe(slides[i].kind);
				expect(m.pageScroll, `${where}: page scrolls`).toBeLessThanOrEqual(0);
				expect(m.stageOverflow, `${where}: stage overflows`).toBeLessThanOrEqual(0);
				expect(m.slideOverflow, `${where}: slide overflows`).toBeLessThanOrEqual(0);
				expect(m.navBottom, `${where}: controls below the fold`).toBeLessThanOrEqual(height);
				const slide = slides[i];
				if (slide.kind === 'event' || slide.kind === 'disagreement') {
					expect(m.when, `${where}: the event's date on the axis`).toBe(
						eventDateLabel(slide.event)
					);
					expect(m.underWhen, `${where}: years under the date`).toEqual([]);
				}
				if (!big || m.kind !== 'event') continue;
				eventSlides++;
				expect(m.claims.length, where).toBeGreaterThan(0);
				for (const size of [...m.claims, ...m.quotes, ...m.leads])
					expect(size, `${where}: body, claims and quotes ≥ 32 px`).toBeGreaterThanOrEqual(32);
				for (const size of m.badges)
					expect(size, `${where}: badges ≥ 24 px`).toBeGreaterThanOrEqual(24);
				expect(m.years.length, `${where}: axis labelled`).toBeGreaterThan(1);
				for (const size of m.years)
					expect(size, `${where}: axis labels ≥ 20 px`).toBeGreaterThanOrEqual(20);
				for (const colour of m.quoteColours)
					expect(colour, `${where}: quotes in full contrast`).toBe(m.ink);
			}
			if (big) expect(eventSlides).toBe(slides.filter((s) => s.kind === 'event').length);
		});
	}

	test('a long event becomes several slides: claims first, then their quotes in full', async ({
		page
	}) => {
		const longest = story.events.reduce((a, b) =>
			b.claims.flatMap((c) => c.citations).length > a.claims.flatMap((c) => c.citations).length
				? b
				: a
		);
		const own = slides.filter((s) => s.kind === 'event' && s.event.id === longest.id);
		expect(own.length).toBeGreaterThan(2);
		await open(page, slidePath(longest.id));
		await expect(page.locator('.stage .statement')).toHaveCount(
			own[0].kind === 'event' ? own[0].claims.length : 0
		);
		await expect(page.locator('.stage blockquote')).toHaveCount(0);
		// Across its slides, every quote of the event appears once, in full.
		const seen: string[] = [];
		for (const s of own) {
			await open(page, slidePath(s.id));
			seen.push(...(await page.locator('.stage blockquote').allTextContents()));
		}
		expect(seen.sort()).toEqual(
			longest.claims.flatMap((c) => c.citations.map((q) => q.quote)).sort()
		);
	});

	test('a slide for each substantive disagreement, every version with its source label', async ({
		page
	}) => {
		const substantive = story.discrepancies.filter((d) => d.nature === 'substantive');
		expect(substantive.length).toBeGreaterThan(0);
		for (const d of substantive) {
			const own = slides.filter((s) => s.kind === 'disagreement' && s.discrepancy.id === d.id);
			expect(own.length, d.id).toBeGreaterThan(0);
			let text = '';
			for (const s of own) {
				await open(page, slidePath(s.id));
				await expect(page.locator('.stage h1')).toHaveText(d.topic);
				text += await page.locator('.stage .values').innerText();
			}
			for (const v of d.values) {
				expect(text, d.id).toContain(v.value);
				for (const c of v.citations) {
					expect(text, d.id).toContain(c.quote);
					expect(text, d.id).toContain(sourceLabel(sources.get(c.source)!));
				}
			}
		}
		const spelling = story.discrepancies.filter((d) => d.nature === 'spelling');
		for (const d of spelling)
			expect(slides.some((s) => s.kind === 'disagreement' && s.discrepancy.id === d.id)).toBe(
				false
			);
	});

	test('the title slide says how claims are labelled, for the labels in use', async ({ page }) => {
		await open(page, '/present/');
		const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
		await expect(page.locator('.stage .status-key > [data-status]')).toHaveCount(used.size);
		for (const status of used)
			await expect(page.locator(`.stage .status-key > [data-status="${status}"]`)).toBeVisible();
	});

	test('an era slide highlights the era on the axis and lists its events', async ({ page }) => {
		const era = slides.find((s) => s.kind === 'era' && s.events.length > 3)!;
		if (era.kind !== 'era') throw new Error('expected an era slide');
		await open(page, slidePath(era.id));
		await expect(page.locator(`.stage .slide-axis [data-era="${era.id}"]`)).toBeAttached();
		for (const e of era.events) await expect(page.locator('.stage .events')).toContainText(e.title);
	});

	test('a slide with room draws its axis big enough to read from the back, with a key', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		// The slide with the least text: an era of few events.
		const era = slides.find((s) => s.kind === 'era' && s.events.length <= 3)!;
		await open(page, slidePath(era.id));
		const axis = page.locator('.stage .slide-axis');
		await expect(axis.locator('[data-mark]').first()).toBeAttached();
		const { tallest, lanes } = await axis.evaluate((el) => ({
			tallest: Math.max(
				...[...el.querySelectorAll('[data-lane]')].map((s) => s.getBoundingClientRect().height)
			),
			lanes: el.querySelectorAll('.key li').length
		}));
		// The smallest lanes are 6 px: the marks in them 6 px or less.
		expect(tallest, 'marks as tall as the room allows').toBeGreaterThanOrEqual(16);
		expect(lanes, 'a swatch per lane').toBe(story.themes.length);
		const key = axis.locator('.key');
		await expect(key).toBeVisible();
		expect(
			await key.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
		).toBeGreaterThanOrEqual(20);
	});

	test('a slide can be opened directly, shows its event and the way back', async ({ page }) => {
		const i = slides.findIndex((s) => s.kind === 'event' && s.event.claims.length > 1);
		const slide = slides[i];
		if (slide.kind !== 'event') throw new Error('expected an event slide');
		await open(page, slidePath(slide.id));
		await expect(page.locator('.progress')).toHaveText(`${i + 1} / ${slides.length}`);
		await expect(page.locator('h1')).toHaveText(slide.event.title);
		await expect(page.locator('[data-active-mark]').first()).toBeAttached();
		await page.getByRole('link', { name: 'Back to the story' }).click();
		await expect(page).toHaveURL(new RegExp(`/events/${slide.id}/$`));
		await expect(page.locator(`[id="${slide.id}"]`)).toHaveAttribute('aria-current', 'step');
		await page
			.locator(`[id="${slide.id}"]`)
			.getByRole('link', { name: 'Present from here' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/present/${slide.id}/$`));
	});

	test('on-screen buttons work; ? shows the keys', async ({ page }) => {
		const i = slides.findIndex((s) => s.kind === 'event');
		await open(page, slidePath(slides[i].id));
		await page.getByRole('button', { name: /next/i }).click();
		await expect(page.locator('.progress')).toHaveText(`${i + 2} / ${slides.length}`);
		await page.getByRole('button', { name: /previous/i }).click();
		await expect(page.locator('.progress')).toHaveText(`${i + 1} / ${slides.length}`);
		await page.keyboard.press('?');
		const keys = page.getByRole('dialog', { name: 'Keys' });
		await expect(keys).toContainText('next slide');
		await expect(keys).toContainText('Page Down');
		await page.keyboard.press('Escape');
		await expect(keys).toHaveCount(0);
	});

	test('no overflow and no axe violations in the deck', async ({ page }) => {
		await open(page, slidePath(slides.find((s) => s.kind === 'event')!.id));
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
	});
});

test.describe('presenter view', () => {
	test('the slides say where the presenter view is: a link opens it at the same slide', async ({
		page
	}) => {
		const event = slides.find((s) => s.kind === 'event')!;
		await open(page, slidePath(event.id));
		await page.getByRole('link', { name: 'Presenter view' }).click();
		await expect(page).toHaveURL(new RegExp(`${slidePath(event.id)}\\?notes$`));
		await expect(page.locator('[data-notes]')).toBeVisible();
		await expect(page.locator('.progress')).toHaveText(
			`${slides.indexOf(event) + 1} / ${slides.length}`
		);
		// The presenter has no use for it there, but a way back to the audience's view.
		await expect(page.getByRole('link', { name: 'Presenter view' })).toHaveCount(0);
		await page.getByRole('link', { name: 'Audience view' }).click();
		await expect(page).toHaveURL(new RegExp(`${slidePath(event.id)}$`));
		await expect(page.locator('.stage')).toBeVisible();
		await expect(page.locator('[data-notes]')).toHaveCount(0);
	});

	test('the audience view has no notes; the presenter view does and stays in sync', async ({
		context
	}) => {
		const audience = await context.newPage();
		const presenter = await context.newPage();
		const eraSlide = slides.findIndex((s) => s.kind === 'era');
		const era = slides[eraSlide];
		if (era.kind !== 'era') throw new Error('expected an era slide');
		await open(audience, slidePath(era.id));
		await open(presenter, `${slidePath(era.id)}?notes`);
		await expect(presenter.locator('[data-notes]')).toContainText(era.era.discussion);
		await expect(presenter.locator('[data-notes]')).toContainText('ours, not from a source');
		expect(await audience.content()).not.toContain(era.era.discussion);
		await expect(audience.locator('[data-notes]')).toHaveCount(0);

		await presenter.keyboard.press('ArrowRight');
		await expect(audience.locator('.progress')).toHaveText(`${eraSlide + 2} / ${slides.length}`);
		await audience.keyboard.press('ArrowRight');
		await expect(presenter.locator('.progress')).toHaveText(`${eraSlide + 3} / ${slides.length}`);
	});

	test('notes follow the slide: the era question on its slide only, each event its own notes', async ({
		page
	}) => {
		// Two events of one era whose editors' notes differ.
		const era = story.eras.find((r) => {
			const noted = story.events.filter((e) => e.era === r.id && e.editorNotes?.length);
			return noted.length >= 2;
		})!;
		const [a, b] = story.events.filter((e) => e.era === era.id && e.editorNotes?.length);
		const notes = page.locator('[data-notes]');
		await open(page, `${slidePath(era.id)}?notes`);
		await expect(notes).toContainText(era.discussion);
		await open(page, `${slidePath(a.id)}?notes`);
		await expect(notes).toContainText(editorNote(a.editorNotes![0]).text);
		const textA = await notes.innerText();
		await open(page, `${slidePath(b.id)}?notes`);
		await expect(notes).toContainText(editorNote(b.editorNotes![0]).text);
		const textB = await notes.innerText();
		expect(textA).not.toBe(textB);
		for (const t of [textA, textB]) expect(t).not.toContain(era.discussion);
		// An event's disagreements are there in brief.
		const d = story.discrepancies.find((x) => x.events.includes(b.id));
		if (d) expect(textB).toContain(d.topic);
	});

	test('the timer starts, pauses and resets; the clock shows the time', async ({ page }) => {
		// A fake clock, paused once the page is up: time moves only when the test says.
		await page.clock.install({ time: new Date(2026, 10, 23, 8, 59, 50) });
		await open(page, '/present/?notes');
		await page.clock.pauseAt(new Date(2026, 10, 23, 9, 0, 0));
		const elapsed = page.locator('[data-elapsed]');
		await expect(elapsed).toHaveText('00:00');
		await expect(page.locator('[data-clock]')).toHaveText('09:00');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.runFor(65_000);
		await expect(elapsed).toHaveText('01:05');
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.clock.runFor(30_000);
		await expect(elapsed).toHaveText('01:05');
		await expect(page.locator('[data-clock]')).toHaveText('09:01');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.runFor(5_000);
		await expect(elapsed).toHaveText('01:10');
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(elapsed).toHaveText('00:00');
	});

	test('shows the next slide, and opens the audience view in a synced window', async ({
		page,
		context
	}) => {
		const i = slides.findIndex((s) => s.kind === 'event');
		await open(page, `${slidePath(slides[i].id)}?notes`);
		const next = slides[i + 1];
		await expect(page.locator(`[data-next="${next.id}"]`)).toBeAttached();
		const [audience] = await Promise.all([
			context.waitForEvent('page'),
			page.getByRole('button', { name: /open the audience view/i }).click()
		]);
		await audience.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(new URL(audience.url()).pathname).toBe(slidePath(slides[i].id));
		await expect(audience.locator('[data-notes]')).toHaveCount(0);
		await page.keyboard.press('ArrowRight');
		await expect(audience.locator('.progress')).toHaveText(`${i + 2} / ${slides.length}`);
		await expect(page.locator('[data-next]')).toHaveAttribute('data-next', slides[i + 2].id ?? '');
	});

	test('says so when the presenter view itself is full screen', async ({ page }) => {
		await open(page, '/present/?notes');
		await expect(page.locator('[data-notes]')).toBeVisible();
		await expect(page.locator('[data-fullscreen-note]')).toHaveCount(0);
		await page.keyboard.press('f');
		await expect(page.locator('[data-fullscreen-note]')).toContainText('presenter view');
		await page.keyboard.press('f');
		await expect(page.locator('[data-fullscreen-note]')).toHaveCount(0);
	});

	test('no axe violations in the presenter view', async ({ page }) => {
		await open(page, `${slidePath(slides[2].id)}?notes`);
		await expect(page.locator('[data-notes]')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('handout', () => {
	test('is accessible and fits the screen', async ({ page }) => {
		for (const path of ['/handout/', '/handout/full/']) {
			await open(page, path);
			await expectNoHorizontalOverflow(page);
			await expectNoAxeViolations(page);
		}
	});
});
