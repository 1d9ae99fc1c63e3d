/**
 * Shared test fixtures: every test fails on a console error or an uncaught page
 * error, and can ask for axe and overflow checks. The story is read from
 * data/story.json, so expectations follow the data instead of being copied from output.
 */
import { test as base, expect, type Page } from '@playwright/test';
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

/** Is the element at least partly inside the viewport? */
export function inViewport(page: Page, id: string) {
	return page.evaluate((id) => {
		const r = document.getElementById(id)!.getBoundingClientRect();
		return r.bottom > 0 && r.top < window.innerHeight;
	}, id);
}

/** Go to a page and wait until it is interactive (hydrated), as a reader's first key press would. */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return response;
}
