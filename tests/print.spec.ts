// Runs in the desktop project only (page.pdf is the same at any viewport): see playwright.config.ts.
import { expect, story, test } from './helpers';

test.describe('handout in print', () => {
	test('prints to PDF with every event title and the bibliography', async ({ page }) => {
		await page.goto('/handout/');
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: true });
			const text = pdf.toString('latin1');
			const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(pages).toBeGreaterThan(3);
			expect(pages).toBeLessThan(story.events.length + 15);
		}
		await page.emulateMedia({ media: 'print' });
		for (const e of story.events)
			await expect(page.locator(`[id="${e.id}"] h3`)).toHaveText(e.title);
		await expect(page.locator('#sources')).toBeVisible();
		for (const s of story.sources) await expect(page.locator(`#source-${s.id}`)).toBeVisible();
		const sticky = await page.evaluate(
			() =>
				[...document.querySelectorAll('*')].filter((el) =>
					['sticky', 'fixed'].includes(getComputedStyle(el).position)
				).length
		);
		expect(sticky).toBe(0);
		await expect(page.locator('svg.qr')).toHaveCount(story.events.length);
	});
});
