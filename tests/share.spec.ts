import { eventDateLabel } from '../src/lib/time/dates';
import {
	activeId,
	eventIds,
	expect,
	expectNoAxeViolations,
	expectNoHorizontalOverflow,
	open,
	scrollSettled,
	story,
	test,
	wheel
} from './helpers';
import { documentTitle } from '../src/lib/seo/title';

const byId = new Map(story.events.map((e) => [e.id, e]));
const titled = (id: string) => {
	const e = byId.get(id)!;
	return { title: e.title, date: eventDateLabel(e) };
};
const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);
// The paper colours of tokens.css: light #fbfaf7, dark #16171a.
const LIGHT = 'rgb(251, 250, 247)';
const DARK = 'rgb(22, 23, 26)';

test.describe('the title follows the reader', () => {
	test('scrolling from one event to the next changes document.title, and the intro restores the story title', async ({
		page
	}) => {
		const first = eventIds[5];
		await open(page, `/events/${first}/`);
		await expect(page).toHaveTitle(documentTitle(story.title, titled(first)));
		// Small turns of the wheel until the next step is the active one.
		for (let i = 0; i < 40 && (await activeId(page)) === first; i++) await wheel(page, 120);
		const next = (await activeId(page))!;
		expect(eventIds.indexOf(next)).toBe(eventIds.indexOf(first) + 1);
		await expect(page).toHaveTitle(documentTitle(story.title, titled(next)));
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await scrollSettled(page);
		await expect(page).toHaveTitle(story.title);
	});
});

test.describe('dark mode', () => {
	test('follows the system setting, with no axe violations at the top and mid-story', async ({
		page
	}) => {
		// axe over the whole story, twice, on 2 shared cores.
		test.setTimeout(360_000);
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/');
		expect(await background(page)).toBe(DARK);
		await page.locator('#event-search').waitFor();
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
		const middle = eventIds[Math.floor(eventIds.length / 2)];
		await open(page, `/events/${middle}/`);
		await expect(page.locator(`#${middle}`)).toHaveAttribute('aria-current', 'step');
		await expectNoAxeViolations(page);
	});

	test('the toggle is remembered, applied before the page is interactive', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, '/');
		expect(await background(page)).toBe(LIGHT);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await background(page)).toBe(DARK);
		// On the next page, before hydration: the inline script set it from storage.
		await page.goto('/disagreements/', { waitUntil: 'commit' });
		await page.waitForFunction(() => document.body);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(await background(page)).toBe(DARK);
		await page.getByRole('button', { name: 'Dark theme' }).click();
		expect(await background(page)).toBe(LIGHT);
	});

	test('print is always light', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/');
		expect(await background(page)).toBe(DARK);
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		expect(await background(page)).toBe(LIGHT);
	});
});

test.describe('cite and embed', () => {
	test('an event page offers its citation and embed code, with absolute addresses', async ({
		page,
		baseURL
	}) => {
		const id = eventIds[3];
		const event = byId.get(id)!;
		await open(page, `/events/${id}/`);
		const reuse = page.locator('#reuse');
		await expect(
			reuse.getByRole('heading', { name: `Cite this event: ${event.title}` })
		).toBeVisible();
		const cite = reuse.locator('.cite').nth(1);
		await expect(cite.locator('.reference')).toContainText(`${baseURL}/events/${id}/`);
		await cite.getByText('BibTeX', { exact: true }).click();
		await expect(cite.locator('pre').first()).toContainText(`@misc{${id},`);
		await expect(reuse.locator('textarea')).toHaveValue(
			new RegExp(`<iframe src="${baseURL}/embed/${id}/"`)
		);
		await expect(reuse.getByRole('link', { name: 'Every event (CSV)' })).toHaveAttribute(
			'href',
			'/downloads/events.csv'
		);
		// The menu shows the page's event; another, chosen by the reader: its citation and embed code.
		await expect(reuse.getByLabel('Cite or embed one event')).toHaveValue(id);
		await expect(reuse.getByLabel('Cite or embed one event').locator('option')).toHaveCount(
			story.events.length + 1
		);
		const other = story.events[0];
		await reuse.getByLabel('Cite or embed one event').selectOption(other.id);
		await expect(reuse.locator('.cite').nth(1).locator('.reference')).toContainText(
			`${baseURL}/events/${other.id}/`
		);
		await expect(reuse.locator('textarea')).toHaveValue(new RegExp(`/embed/${other.id}/"`));
	});

	test('an event page carries one JSON-LD block, allowed by the CSP', async ({ page }) => {
		const id = eventIds[8];
		await open(page, `/events/${id}/`);
		const blocks = await page
			.locator('script[type="application/ld+json"]')
			.evaluateAll((s) => s.map((x) => JSON.parse(x.textContent ?? '')));
		expect(blocks).toHaveLength(1);
		expect(blocks[0].name).toBe(byId.get(id)!.title);
	});
});
