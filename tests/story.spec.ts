import {
	activeId,
	eventIds,
	expect,
	expectNoAxeViolations,
	expectNoHorizontalOverflow,
	open,
	story,
	test,
	wheel
} from './helpers';
import { normaliseQuote } from '../src/lib/story/quotes';
import { eventDateLabel } from '../src/lib/time/dates';

test.describe('the story page', () => {
	test('paints before it asks for a script or its data (the story, an event, the slides)', async ({
		page
	}) => {
		for (const path of ['/', `/events/${story.events[20].id}/`, '/present/']) {
			await open(page, path);
			const { paint, asked } = await page.evaluate(() => ({
				paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
				asked: performance
					.getEntriesByType('resource')
					.filter((r) => /\.(js|json)$/.test(new URL(r.name).pathname))
					.map((r) => ({ name: r.name, start: r.startTime }))
			}));
			expect(paint, `${path}: first paint`).not.toBeNull();
			expect(asked.length, `${path}: scripts`).toBeGreaterThan(3);
			for (const r of asked) expect(r.start, `${path}: ${r.name}`).toBeGreaterThanOrEqual(paint!);
		}
	});

	test('the key to the labels gives each meaning a line wide enough to read', async ({ page }) => {
		await open(page, '/');
		await page.locator('#labels > summary').click();
		const key = page.locator('#labels .status-key');
		await expect(key).toBeVisible();
		const widths = await key
			.locator('dd')
			.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)));
		expect(widths.length).toBeGreaterThan(2);
		// On a phone a badge's column had left its meaning 70 px: two words a line.
		for (const w of widths) expect(w, `meanings ${widths.join(', ')} px wide`).toBeGreaterThan(200);
	});

	test('scrolling makes each step active in turn and highlights its mark', async ({ page }) => {
		await open(page, '/');
		await expect(page.locator('h1')).toHaveText(story.title);
		expect(await activeId(page)).toBeNull();

		// Each turn of the wheel moves less than the shortest step, so none can be jumped over.
		const { shortest, height } = await page.evaluate(() => ({
			shortest: Math.min(
				...[...document.querySelectorAll('[data-step]')].map(
					(s) => s.getBoundingClientRect().height
				)
			),
			height: document.documentElement.scrollHeight
		}));
		const delta = Math.floor(shortest * 0.75);
		const seen: string[] = [];
		const marksOk: boolean[] = [];
		for (let i = 0; i < height / delta + 5; i++) {
			await wheel(page, delta);
			const id = await activeId(page);
			if (id && seen[seen.length - 1] !== id) {
				seen.push(id);
				// The same event is highlighted on the visible axis and announced.
				marksOk.push(
					await page.evaluate((id) => {
						const marks = [...document.querySelectorAll(`[data-active-mark="${id}"]`)];
						return marks.some((m) => (m as SVGGElement).getBoundingClientRect().width > 0);
					}, id)
				);
			}
			const atEnd = await page.evaluate(
				() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
			);
			if (atEnd) break;
		}
		expect(seen).toEqual(eventIds);
		expect(marksOk.every(Boolean)).toBe(true);
		// Past the last step the story has ended: no step is active, and the address is the story's.
		expect(await activeId(page)).toBeNull();
		await expect(page).toHaveURL(/\/$/);
	});

	test('the active step shows its sources, and an alleged claim reads as one', async ({ page }) => {
		const alleged = story.events.find((e) => e.claims.some((c) => c.status === 'alleged'));
		expect(alleged, 'the story has an alleged claim').toBeTruthy();
		await page.goto(`/#${alleged!.id}`);
		const step = page.locator(`#${alleged!.id}`);
		await expect(step).toHaveAttribute('aria-current', 'step');
		const claim = step.locator('li[data-status="alleged"]').first();
		await expect(claim).toContainText('Alleged, unconfirmed');
		// Its quote is the step's key quote or in its evidence, which the link opened.
		const quote = alleged!.claims.find((c) => c.status === 'alleged')!.citations[0].quote;
		await expect(step.locator('blockquote', { hasText: quote.slice(0, 40) }).first()).toBeVisible();
	});

	test("an editors' note from outside the articles says so; the key lists only labels in use", async ({
		page
	}) => {
		const event = story.events.find((e) => e.editorNotes?.some((n) => typeof n !== 'string'));
		expect(event, 'the story has a note resting on outside knowledge').toBeTruthy();
		const note = event!.editorNotes!.find((n) => typeof n !== 'string') as { text: string };
		await open(page, `/#${event!.id}`);
		const start = note.text.slice(0, 40);
		const outside = page
			.locator(`[id="${event!.id}"] .editor-note`)
			.filter({ hasText: 'Outside the articles' });
		await expect(outside).toContainText(`Editors' note: Outside the articles: ${start}`);
		const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
		await expect(page.locator('.legend dt')).toHaveCount(used.size);
	});

	test('where sources disagree, the step says so and links to each value', async ({ page }) => {
		const d = story.discrepancies.find((x) => x.nature === 'substantive');
		expect(d, 'the story has a substantive disagreement').toBeTruthy();
		await open(page, `/#${d!.events[0]}`);
		const note = page.locator(`[id="${d!.events[0]}"] .disagree`);
		await expect(note).toContainText('Sources disagree');
		await note.getByRole('link', { name: d!.topic }).click();
		const full = page.locator(`#disagreement-${d!.id}`);
		await expect(full).toBeInViewport();
		for (const v of d!.values) await expect(full).toContainText(v.value);
	});

	test('the bibliography lists every source and the events it supports', async ({ page }) => {
		await page.goto('/');
		for (const s of story.sources) {
			const entry = page.locator(`#source-${s.id}`);
			await expect(entry).toContainText(s.title);
			await entry.locator('summary').click();
			await expect(entry.locator('.event-list li').first()).toBeVisible();
		}
	});

	test('no horizontal overflow and no axe violations, at the top and mid-story', async ({
		page
	}) => {
		await page.goto('/');
		await page.locator('#event-search').waitFor();
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
		await page.locator('.legend summary').click();
		await expectNoAxeViolations(page);
		const middle = eventIds[Math.floor(eventIds.length / 2)];
		await page.goto(`/events/${middle}/`);
		await expect(page.locator(`#${middle}`)).toHaveAttribute('aria-current', 'step');
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
	});

	test('reading text is at least 16px, no text under 13px, controls at least 44px', async ({
		page
	}) => {
		await page.goto(`/events/${eventIds[1]}/`);
		const tooSmall = await page.evaluate(() =>
			[...document.querySelectorAll('.step p, .step blockquote, .step li')]
				.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 13)
				.map((el) => el.textContent?.slice(0, 40))
		);
		expect(tooSmall).toEqual([]);
		const body = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.querySelector('.step .summary')!).fontSize)
		);
		expect(body).toBeGreaterThanOrEqual(16);
		const small = await page.evaluate(
			() =>
				[...document.querySelectorAll('.step button, .step .actions a')]
					.map((el) => el.getBoundingClientRect())
					.filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length
		);
		expect(small).toBe(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every event, claim quote and the bibliography are in the HTML, in order', async ({
		page
	}) => {
		await page.goto('/');
		const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
		expect(ids).toEqual(eventIds);
		const html = await page.content();
		const quotes = story.events.flatMap((e) => e.claims.flatMap((c) => c.citations));
		// In the markup, closed disclosures included: a reader opens them without a script.
		const text = normaliseQuote((await page.locator('body').textContent()) ?? '');
		for (const q of quotes) expect(text).toContain(normaliseQuote(q.quote));
		expect(html).toContain('id="sources"');
		await expect(page.locator('.axis svg').filter({ visible: true })).toHaveCount(1);
		await expect(page.locator('[data-mark]').first()).toBeAttached();
	});

	// What a shared link paints before its script has drawn the other marks (seconds on a phone).
	test('an event page draws the axis around its event: years, its mark, its date', async ({
		page
	}) => {
		const event = story.events[Math.floor(story.events.length / 2)];
		await page.goto(`/events/${event.id}/`);
		const axis = page.locator('.axis').filter({ visible: true });
		await expect(axis).toHaveCount(1);
		await expect(axis.locator('[data-mark]')).toHaveCount(1);
		await expect(axis.locator(`[data-mark="${event.id}"] [data-lane]`).first()).toBeVisible();
		await expect(axis.locator('[data-active-date] text')).toHaveText(eventDateLabel(event));
		const years = await axis
			.locator('.tick:not([data-hidden]):not([data-covered]) text')
			.allTextContents();
		expect(years.length, 'years on the axis').toBeGreaterThanOrEqual(3);
	});
});
