import {
	activeId,
	crossLink,
	eventIds,
	expect,
	expectNoAxeViolations,
	expectNoHorizontalOverflow,
	open,
	scrollSettled,
	test
} from './helpers';

test.describe('keyboard only', () => {
	test('Tab reaches every control on the story page, in order', async ({ page }) => {
		test.setTimeout(180_000);
		await open(page, '/');
		// Everything that loads after first paint: the controls, the scheme switch, cite and embed.
		await page.locator('#event-search').waitFor();
		await page.getByRole('button', { name: 'Dark theme' }).waitFor();
		await page.locator('#reuse-event').waitFor({ state: 'attached' });
		// Every control a keyboard should reach, in document order; a control is known by
		// its position in that list, looked up afresh after each key press.
		await page.evaluate(() => {
			(window as unknown as { controls: () => Element[] }).controls = () =>
				[
					...document.querySelectorAll('a[href], button:not([disabled]), input, select, summary')
				].filter(
					(el) =>
						el.getClientRects().length > 0 &&
						getComputedStyle(el).visibility !== 'hidden' &&
						// Inside a closed disclosure only its summary can take focus.
						!(el.tagName !== 'SUMMARY' && el.closest('details:not([open])'))
				);
		});
		const count = await page.evaluate(
			() => (window as unknown as { controls: () => Element[] }).controls().length
		);
		const expected = [...Array(count).keys()];
		const reached: number[] = [];
		for (let i = 0; i < count + 20; i++) {
			await page.keyboard.press('Tab');
			const at = await page.evaluate(() =>
				(window as unknown as { controls: () => Element[] })
					.controls()
					.indexOf(document.activeElement!)
			);
			if (at < 0) continue;
			if (reached.includes(at)) break;
			reached.push(at);
		}
		expect(reached).toEqual(expected);
	});

	test('the focused control is clearly visible', async ({ page }) => {
		await open(page, '/');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const s = getComputedStyle(document.activeElement!);
			return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
	});

	test('the keyboard moves through the steps', async ({ page }) => {
		await open(page, '/');
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		// PageDown may scroll smoothly: after each press, wait for the page to come to rest.
		for (let i = 0; i < 60 && !(await activeId(page)); i++) {
			await page.keyboard.press('PageDown');
			await scrollSettled(page);
		}
		const first = eventIds.indexOf((await activeId(page))!);
		expect(first).toBeGreaterThanOrEqual(0);
		for (let i = 0; i < 20 && eventIds.indexOf((await activeId(page))!) === first; i++) {
			await page.keyboard.press('PageDown');
			await scrollSettled(page);
		}
		expect(eventIds.indexOf((await activeId(page))!)).toBeGreaterThan(first);
	});
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('a link between events jumps instead of gliding, and nothing transitions', async ({
		page
	}) => {
		const { from, to, link, reveal } = crossLink(page);
		await open(page, `/events/${from}/`);
		await reveal();
		await link.scrollIntoViewIfNeeded();
		await scrollSettled(page);
		// Where the target stands on screen at each scroll event: a glide passes through many
		// places; a jump puts it in one.
		await page.evaluate((to) => {
			const w = window as unknown as { positions: number[] };
			w.positions = [];
			addEventListener('scroll', () =>
				w.positions.push(Math.round(document.getElementById(to)!.getBoundingClientRect().top))
			);
		}, to);
		await link.click();
		await expect(page.locator(`[id="${to}"]`)).toHaveAttribute('aria-current', 'step');
		await scrollSettled(page);
		const positions = await page.evaluate(
			() => (window as unknown as { positions: number[] }).positions
		);
		expect(positions.length, 'it moved').toBeGreaterThan(0);
		expect(new Set(positions).size, 'one jump, no frames in between').toBe(1);

		const motion = await page.evaluate(() => ({
			step: getComputedStyle(document.querySelector('.step')!).transitionDuration,
			mark: getComputedStyle(document.querySelector('[data-mark] > *')!).transitionDuration,
			tick: getComputedStyle(document.querySelector('.tick')!).transitionDuration
		}));
		for (const d of [motion.step, motion.mark, motion.tick])
			for (const part of d.split(',')) expect(parseFloat(part)).toBeLessThanOrEqual(0.001);
	});
});

test.describe('small screens and zoom', () => {
	for (const [name, viewport] of [
		['320 px wide', { width: 320, height: 640 }],
		['200% zoom of a 1280×800 window', { width: 640, height: 400 }]
	] as const) {
		test(`usable at ${name}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			for (const path of ['/', `/events/${eventIds[10]}/`, '/present/', '/handout/']) {
				await open(page, path);
				await expectNoHorizontalOverflow(page);
			}
			await open(page, `/events/${eventIds[10]}/`);
			await expect(page.locator(`[id="${eventIds[10]}"]`)).toHaveAttribute('aria-current', 'step');
			await expectNoAxeViolations(page);
		});
	}
});
