/**
 * A story people finish: steps that fit a phone screen, the evidence one tap away but all
 * on the page, sources by their names, and a way around (contents, keys, progress).
 */
import {
	activeId,
	expect,
	expectNoAxeViolations,
	open,
	scrollSettled,
	story,
	test
} from './helpers';
import { normaliseQuote } from '../src/lib/story/quotes';

const PHONE = { width: 390, height: 844 };

/** Every <details> on the page opened or closed, as a reader would leave them. */
async function setDisclosures(page: import('@playwright/test').Page, openAll: boolean) {
	const count = await page.evaluate((openAll) => {
		const all = [...document.querySelectorAll('details')];
		for (const d of all) d.open = openAll;
		return all.length;
	}, openAll);
	expect(count, 'the page has disclosures').toBeGreaterThan(story.events.length);
}

/**
 * Where an era's heading stands below what sticks at the top of the screen: the graphic
 * across the top on phones, nothing on wide screens (it sits beside the steps).
 */
function eraTop(page: import('@playwright/test').Page, id: string) {
	return page.evaluate((id) => {
		const graphic = document.querySelector('.graphic')!.getBoundingClientRect();
		const covered = graphic.left < 1 ? graphic.bottom : 0;
		return document.getElementById(`era-${id}`)!.getBoundingClientRect().top - covered;
	}, id);
}

test.describe('measured on a phone screen', () => {
	test.use({ viewport: PHONE });
	test('steps fit a screen and the whole story fits 50 screens', async ({ page }) => {
		expect(page.viewportSize()).toEqual(PHONE);
		await open(page, '/');
		await setDisclosures(page, false);
		const { steps, total } = await page.evaluate(() => ({
			steps: [...document.querySelectorAll('[data-step]')].map(
				(s) => s.getBoundingClientRect().height
			),
			total: document.documentElement.scrollHeight
		}));
		expect(steps).toHaveLength(story.events.length);
		const sorted = [...steps].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)];
		expect(median, 'median step height').toBeLessThanOrEqual(PHONE.height);
		expect(Math.max(...steps), 'tallest step').toBeLessThanOrEqual(2 * PHONE.height);
		expect(total, 'whole page, intro to footer').toBeLessThanOrEqual(50 * PHONE.height);
	});

	test('a claim cut to two lines reads whole where it stands at a tap, and cuts again at another', async ({
		page
	}) => {
		await open(page, '/');
		const first = story.events[0];
		const statement = page.locator(`#${first.id} .claims[data-short] .statement`).first();
		const cut = () =>
			statement.evaluate((el) => ({
				cut: el.scrollHeight > el.clientHeight + 1,
				height: el.getBoundingClientRect().height
			}));
		const before = await cut();
		expect(before.cut, `${first.id}'s first claim is cut on a phone`).toBe(true);
		await statement.scrollIntoViewIfNeeded();
		await statement.click();
		await expect.poll(cut).toMatchObject({ cut: false });
		expect((await cut()).height).toBeGreaterThan(before.height);
		await expect(statement).toContainText(first.claims[0].text);
		await statement.click();
		await expect.poll(cut).toEqual(before);
	});
});

test.describe('a story, not an archive', () => {
	test('every quote of every claim is on the page, one tap away', async ({ page }) => {
		await open(page, '/');
		await setDisclosures(page, true);
		const text = normaliseQuote(await page.locator('main').innerText());
		const missing = story.events
			.flatMap((e) => e.claims.flatMap((c) => c.citations))
			.filter((c) => !text.includes(normaliseQuote(c.quote)));
		expect(missing.map((c) => c.quote.slice(0, 60))).toEqual([]);
		// Closed, the step shows one key quote: the rest is behind its evidence disclosure.
		await setDisclosures(page, false);
		const visibleQuotes = await page.locator('[data-step] blockquote:visible').count();
		expect(visibleQuotes).toBe(story.events.length);
	});

	test('no article code or id reaches a reader, and "outlet not named" is said once per source', async ({
		page
	}) => {
		await open(page, '/');
		await setDisclosures(page, true);
		const text = await page.locator('body').innerText();
		expect(text.match(/\b00[0-4]\b/g) ?? [], 'bare article codes').toEqual([]);
		for (const s of story.sources) expect(text, `id ${s.id}`).not.toContain(s.id);
		const unnamed = story.sources.filter((s) => s.outlet === null).length;
		expect((text.match(/outlet not named/gi) ?? []).length).toBeLessThanOrEqual(unnamed);
		// Every article is named by its label where it is quoted.
		for (const s of story.sources) expect(text).toContain(s.label);
	});

	test('where a source’s chip leads, its vantage point is in sight, every disclosure closed', async ({
		page
	}) => {
		await open(page, '/');
		await setDisclosures(page, false);
		for (const s of story.sources) {
			const said = page.locator(`[id="source-${s.id}"] .perspective`);
			await expect(said, s.label).toBeVisible();
			await expect(said).toContainText(s.perspective);
		}
	});

	test('every disclosure on the page shows that it opens', async ({ page }) => {
		await open(page, '/');
		await page.waitForFunction(() => document.querySelector('#glossary details') !== null);
		const silent = await page.locator('details > summary').evaluateAll((els) =>
			els
				// The navigator's Contents is drawn as a button, which says it acts.
				.filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('.story-nav'))
				.filter((el) => {
					// The browser's own marker, or ours (a summary laid out as flex loses it).
					if (getComputedStyle(el).display === 'list-item') return false;
					return !/[▸▾]/.test(getComputedStyle(el, '::before').content);
				})
				.map((el) => el.textContent?.trim().slice(0, 40))
		);
		expect(silent).toEqual([]);
	});

	test('a spelling variant is a glossary entry, not a disagreement', async ({ page }) => {
		const spelling = story.discrepancies.filter((d) => d.nature === 'spelling');
		const substantive = story.discrepancies.filter((d) => d.nature === 'substantive');
		expect(spelling.length).toBeGreaterThan(0);
		await open(page, '/');
		for (const d of spelling) {
			await expect(page.locator(`#glossary #variant-${d.id}`)).toHaveCount(1);
			await expect(page.locator(`#disagreement-${d.id}`)).toHaveCount(0);
			await expect(page.locator(`[data-step] a[href="#disagreement-${d.id}"]`)).toHaveCount(0);
		}
		// Each substantive disagreement is shown once, and linked from every event it concerns.
		for (const d of substantive) {
			await expect(page.locator(`#disagreement-${d.id}`)).toHaveCount(1);
			for (const id of d.events)
				await expect(
					page.locator(`[id="${id}"] a[href="#disagreement-${d.id}"]`),
					`${id} links ${d.id}`
				).toHaveCount(1);
		}
	});

	test('each contents link lands on its era', async ({ page }) => {
		await open(page, '/');
		const eras = story.eras.filter((era) => story.events.some((e) => e.era === era.id));
		const links = page.locator('.toc a[href^="#era-"]');
		await expect(links).toHaveCount(eras.length);
		for (const era of eras) {
			await page.evaluate(() => window.scrollTo(0, 0));
			await page.locator(`.toc a[href="#era-${era.id}"]`).click();
			await scrollSettled(page);
			const top = await eraTop(page, era.id);
			expect(top, `era ${era.id} below what sticks at the top`).toBeGreaterThanOrEqual(0);
			expect(top, `era ${era.id} at the top`).toBeLessThan(40);
		}
	});

	test('the navigator opens the contents from mid-story and marks the current era', async ({
		page
	}) => {
		const event = story.events[Math.floor(story.events.length / 2)];
		await open(page, `/events/${event.id}/`);
		const nav = page.getByRole('navigation', { name: 'Story navigator' });
		await expect(nav).toContainText(
			`Event ${story.events.indexOf(event) + 1} of ${story.events.length}`
		);
		await nav.getByText('Contents').click();
		const current = nav.locator('a[aria-current="location"]');
		await expect(current).toHaveAttribute('href', `#era-${event.era}`);
		// Escape closes it, as any menu, and leaves focus on what opened it.
		await page.keyboard.press('Escape');
		await expect(nav.locator('.menu')).toBeHidden();
		await expect(nav.locator('summary')).toBeFocused();
		await nav.getByText('Contents').click();
		const target = story.eras.find((e) => e.id !== event.era)!;
		await nav.locator(`a[href="#era-${target.id}"]`).click();
		await scrollSettled(page);
		await expect(nav.locator('.menu')).toBeHidden();
		const top = await eraTop(page, target.id);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(40);
		// With its heading on screen the chapter's first event is the one being read, not the
		// last event of the chapter before, which has scrolled away.
		const first = story.events.find((e) => e.era === target.id)!;
		await expect.poll(() => activeId(page)).toBe(first.id);
	});

	test('j and k step to the next and previous event, and the buttons do the same', async ({
		page
	}) => {
		await open(page, `/events/${story.events[2].id}/`);
		expect(await activeId(page)).toBe(story.events[2].id);
		await page.keyboard.press('j');
		await expect.poll(() => activeId(page)).toBe(story.events[3].id);
		await expect(page).toHaveURL(new RegExp(`/events/${story.events[3].id}/$`));
		await page.keyboard.press('k');
		await page.keyboard.press('k');
		await expect.poll(() => activeId(page)).toBe(story.events[1].id);
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect.poll(() => activeId(page)).toBe(story.events[2].id);
		// Typed into search, j is a letter, not a step (focusing the field may scroll to it).
		const search = page.locator('#controls input').first();
		await search.focus();
		await scrollSettled(page);
		const before = await activeId(page);
		await page.keyboard.press('j');
		await expect(search).toHaveValue('j');
		await scrollSettled(page);
		expect(await activeId(page)).toBe(before);
	});

	test('a deep link opens the story at the event with its evidence open', async ({ page }) => {
		const event = story.events.find((e) => e.claims.flatMap((c) => c.citations).length > 3)!;
		await open(page, `/events/${event.id}/`);
		await expect(page.locator(`[id="${event.id}"] details.evidence`)).toHaveAttribute('open', '');
		// The rest of the story has arrived around it.
		await expect(page.locator('[data-step]')).toHaveCount(story.events.length);
		await expect(page.locator('#sources')).toHaveCount(1);
	});

	for (const state of ['closed', 'open'] as const) {
		test(`axe finds nothing with the disclosures ${state}`, async ({ page }) => {
			await open(page, '/');
			await setDisclosures(page, state === 'open');
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story ends after its last step, before the back matter', async ({ page }) => {
		await page.goto('/');
		const order = await page.evaluate(() =>
			[
				...document.querySelectorAll(
					'[data-step], .story-footer, #disagreements, #glossary, #sources, #about'
				)
			]
				.map((e) => (e.matches('[data-step]') ? 'step' : e.id || 'end of the story'))
				.filter((what, i, all) => what !== 'step' || all[i + 1] !== 'step')
		);
		expect(order).toEqual([
			'step',
			'end of the story',
			'disagreements',
			'glossary',
			'sources',
			'about'
		]);
	});

	test('the story carries every quote, in the same HTML', async ({ page }) => {
		await page.goto('/');
		const html = normaliseQuote(
			(await page.content())
				.replace(/&amp;/g, '&')
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
		);
		const quotes = [
			...story.events.flatMap((e) => e.claims.flatMap((c) => c.citations)),
			...story.discrepancies.flatMap((d) => d.values.flatMap((v) => v.citations))
		];
		const missing = quotes.filter((c) => !html.includes(normaliseQuote(c.quote)));
		expect(missing.map((c) => c.quote.slice(0, 60))).toEqual([]);
	});

	test('an event page holds its own event in full and links to its neighbours', async ({
		page
	}) => {
		const at = 5;
		const event = story.events[at];
		await page.goto(`/events/${event.id}/`);
		await expect(page.locator('[data-step]')).toHaveCount(1);
		const html = normaliseQuote(
			(await page.content())
				.replace(/&amp;/g, '&')
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
		);
		for (const c of event.claims.flatMap((c) => c.citations))
			expect(html).toContain(normaliseQuote(c.quote));
		await expect(page.locator('a[rel="prev"]')).toHaveAttribute(
			'href',
			`/events/${story.events[at - 1].id}/`
		);
		await expect(page.locator('a[rel="next"]')).toHaveAttribute(
			'href',
			`/events/${story.events[at + 1].id}/`
		);
	});
});
