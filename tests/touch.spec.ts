// Runs in the mobile project only (touch is emulated there): see playwright.config.ts.
import { expect, open, story, test } from './helpers';
import { buildSlides } from '../src/lib/present/slides';

const slides = buildSlides(story);

test.describe('presentation on a touch screen', () => {
	test('swipe left goes forward on touch screens', async ({ page }) => {
		await open(page, '/present/');
		await page.evaluate(() => {
			const touch = (type: string, x: number) =>
				window.dispatchEvent(
					new TouchEvent(type, {
						touches:
							type === 'touchend'
								? []
								: [new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 })],
						changedTouches: [
							new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 })
						]
					})
				);
			touch('touchstart', 300);
			touch('touchend', 100);
		});
		await expect(page.locator('.progress')).toHaveText(`2 / ${slides.length}`);
	});
});
