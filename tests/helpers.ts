/**
 * Shared test fixtures: every test fails on a console error or an uncaught page
 * error, and can ask for axe and overflow checks. The story is read from
 * data/story.json, so expectations follow the data instead of being copied from output.
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Story } from '../src/lib/story/schema';

export const story: Story = JSON.parse(readFileSync('data/story.json', 'utf8'));
export const eventIds = story.events.map((e) => e.id);

export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** For tests whose point is a failed load: drop the errors they expect, keep any other. */
export function expectConsoleErrors(errors: string[], expected: RegExp) {
	const unexpected = errors.filter((e) => !expected.test(e));
	errors.splice(0, errors.length, ...unexpected);
}

/** axe-core, WCAG 2.x A and AA rules. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
	expect(summary).toEqual([]);
}

/** Nothing wider than the screen: no sideways scroll, and no phone zooming out to fit. */
export async function expectNoHorizontalOverflow(page: Page) {
	const viewport = page.viewportSize()!.width;
	const { scroll, client, inner } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
		inner: window.innerWidth
	}));
	expect(scroll, 'page is wider than the viewport').toBeLessThanOrEqual(client);
	expect(inner, 'layout viewport wider than the screen').toBeLessThanOrEqual(viewport);
}

/** The active step's id, or null. */
export function activeId(page: Page) {
	return page.evaluate(() => document.querySelector('[aria-current="step"]')?.id ?? null);
}

/**
 * Two events a discrepancy ties together, and the in-story link from the first to the
 * second (in its evidence: `reveal` opens it, as a reader's tap would).
 */
export function crossLink(page: Page) {
	const d = story.discrepancies.find((x) => x.events.length > 1);
	expect(d, 'a discrepancy that links two events').toBeTruthy();
	const [from, to] = d!.events;
	const evidence = page.locator(`[id="${from}"] details.evidence`);
	const link = evidence.locator(`a[href$="/events/${to}/"]`);
	const reveal = async () => {
		if ((await evidence.getAttribute('open')) === null) await evidence.locator('summary').click();
	};
	return { from, to, link, reveal };
}

/** Is the element at least partly inside the viewport? */
export function inViewport(page: Page, id: string) {
	return page.evaluate((id) => {
		const r = document.getElementById(id)!.getBoundingClientRect();
		return r.bottom > 0 && r.top < window.innerHeight;
	}, id);
}

/**
 * Wait until scrolling has stopped (the position unchanged for several frames) and the
 * observers have reported: a reader's eye, not a timer, on a machine of any speed.
 */
export async function scrollSettled(page: Page | Frame) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let last = window.scrollY;
				let still = 0;
				const tick = () => {
					if (window.scrollY !== last) [last, still] = [window.scrollY, 0];
					else if (++still >= 8) return resolve();
					requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			})
	);
}

/** Scroll with the mouse wheel and wait until the page has come to rest. */
export async function wheel(page: Page, dy: number) {
	const start = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, dy);
	// Moving, or already against the end it was pushed towards.
	await page.waitForFunction(
		([start, down]) => {
			const max = document.documentElement.scrollHeight - window.innerHeight;
			return window.scrollY !== start || (down ? start >= max - 1 : start <= 0);
		},
		[start, dy > 0] as const
	);
	await scrollSettled(page);
}

/** Go to a page and wait until it is interactive (hydrated), as a reader's first key press would. */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await storyComplete(page);
	return response;
}

/** On a story page, the whole story is there: an event page fetches the rest after it opens. */
export async function storyComplete(page: Page) {
	await page.waitForFunction(() => {
		const steps = document.querySelector<HTMLElement>('[data-story-part="steps"]');
		return !steps || steps.dataset.filled === 'all';
	});
}
