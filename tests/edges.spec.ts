/**
 * Reading paths the scroll tests do not walk: a deep link into a filter that hides its
 * event, instant jumps (End, Home, a scrollbar drag), a resize or rotation mid-story,
 * with and without the browser's `scrollend`, and a lens on a secondary source.
 */
import type { Page } from '@playwright/test';
import { buildIndex } from '../src/lib/story/indexes';
import { activeId, expect, open, scrollSettled, story, test } from './helpers';

const index = buildIndex(story);

/**
 * The step whose top has passed the trigger line (45% down), as a reader sees it, or null.
 * A chapter's first step begins at the chapter's heading.
 */
function stepAtTrigger(page: Page) {
	return page.evaluate(() => {
		const trigger = innerHeight * 0.45;
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')].filter(
			(s) => s.offsetParent
		);
		// Past the last step's bottom the reader is in the sections after the story: none.
		if ((steps.at(-1)?.getBoundingClientRect().bottom ?? Infinity) < trigger) return null;
		const start = (s: HTMLElement, i: number) => {
			const chapter = s.closest('[data-era]');
			return chapter && (i === 0 || steps[i - 1].closest('[data-era]') !== chapter) ? chapter : s;
		};
		return (
			steps.filter((s, i) => start(s, i).getBoundingClientRect().top <= trigger).at(-1)?.id ?? null
		);
	});
}

/** Wait until the page has come to rest, then the active step must be the one in view. */
async function expectReconciled(page: Page) {
	await scrollSettled(page);
	const expected = await stepAtTrigger(page);
	await expect.poll(() => activeId(page)).toBe(expected);
}

test('a deep link whose event a theme filter hides still opens at that event and stays', async ({
	page
}) => {
	const event = story.events.find((e) => story.themes.some((t) => !e.themes.includes(t.id)))!;
	const theme = story.themes.find((t) => !event.themes.includes(t.id))!.id;
	await open(page, `/events/${event.id}/?theme=${theme}`);
	await page.locator('#event-search').waitFor();
	await scrollSettled(page);
	const step = page.locator(`[id="${event.id}"]`);
	await expect(step).toBeVisible();
	await expect(step).toHaveAttribute('aria-current', 'step');
	// It does not drift to a neighbour, and the address still names the event.
	await expect(page).toHaveURL(new RegExp(`/events/${event.id}/`));
	expect(await activeId(page)).toBe(event.id);
});

for (const native of [true, false]) {
	test.describe(native ? 'with scrollend' : 'without scrollend (older Safari)', () => {
		test.beforeEach(async ({ page }) => {
			if (!native)
				await page.addInitScript(() => {
					delete (Window.prototype as { onscrollend?: unknown }).onscrollend;
					delete (window as { onscrollend?: unknown }).onscrollend;
				});
		});

		test('an instant jump (End, Home, a scrollbar drag) leaves the right step active', async ({
			page
		}) => {
			await open(page, '/');
			expect(await page.evaluate(() => 'onscrollend' in window)).toBe(native);
			await page.locator('body').click({ position: { x: 5, y: 5 } });
			await page.keyboard.press('End');
			await expectReconciled(page);
			// At the very end the reader is past the last step, in the sections after the story.
			expect(await activeId(page)).toBeNull();
			// A scrollbar drag to the middle: one jump, no wheel.
			await page.evaluate(() =>
				window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' })
			);
			await expectReconciled(page);
			expect(await activeId(page)).not.toBeNull();
			await page.keyboard.press('Home');
			await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
			await expectReconciled(page);
			expect(await activeId(page)).toBeNull();
		});

		test('a resize or rotation mid-story keeps the active step the one in view', async ({
			page
		}) => {
			const { width, height } = page.viewportSize()!;
			const middle = story.events[Math.floor(story.events.length / 2)].id;
			await open(page, `/events/${middle}/`);
			await expectReconciled(page);
			// Rotate: the steps reflow to new heights without any scroll by the reader.
			await page.setViewportSize({ width: height, height: width });
			await expectReconciled(page);
			await page.setViewportSize({ width, height });
			await expectReconciled(page);
		});
	});
}

test('a lens on a secondary source fades what it does not support', async ({ page }) => {
	const secondary = story.secondarySources[0];
	const supported = new Set(index.eventsBySource.get(secondary.id));
	expect(supported.size, 'the secondary source supports some events').toBeGreaterThan(0);
	await open(page, `/?source=${secondary.id}`);
	await page.locator('#controls summary').click();
	for (const e of story.events)
		await expect(page.locator(`[id="${e.id}"][data-dimmed]`), e.id).toHaveCount(
			supported.has(e.id) ? 0 : 1
		);
	await expect(page.locator('#controls .card')).toContainText(
		`${supported.size} event${supported.size === 1 ? '' : 's'}`
	);
	await expect(page.locator('#controls select')).toHaveValue(secondary.id);
});
