import {
	expect,
	expectNoAxeViolations,
	expectNoHorizontalOverflow,
	open,
	story,
	test
} from './helpers';
import { buildSlides } from '../src/lib/present/slides';

const slides = buildSlides(story);
const slidePath = (id: string | null) => (id ? `/present/${id}/` : '/present/');

test.describe('presentation mode', () => {
	test('keyboard walk through every slide and back; the URL follows', async ({ page }) => {
		await open(page, '/present/');
		const progress = page.locator('.progress');
		await expect(progress).toHaveText(`1 / ${slides.length}`);
		for (let i = 1; i < slides.length; i++) {
			await page.keyboard.press(i % 2 ? 'ArrowRight' : 'Space');
			await expect(progress).toHaveText(`${i + 1} / ${slides.length}`);
			await expect(page).toHaveURL(new RegExp(`${slidePath(slides[i].id)}$`));
		}
		await page.keyboard.press('ArrowRight');
		await expect(progress).toHaveText(`${slides.length} / ${slides.length}`);
		await page.keyboard.press('Home');
		await expect(progress).toHaveText(`1 / ${slides.length}`);
		await page.keyboard.press('End');
		await expect(progress).toHaveText(`${slides.length} / ${slides.length}`);
		for (let i = slides.length - 2; i >= 0; i--) {
			await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowUp');
			await expect(progress).toHaveText(`${i + 1} / ${slides.length}`);
		}
		await expect(page).toHaveURL(/\/present\/$/);
	});

	test('clickers: PageDown and PageUp', async ({ page }) => {
		await open(page, '/present/');
		await page.keyboard.press('PageDown');
		await page.keyboard.press('PageDown');
		await expect(page.locator('.progress')).toHaveText(`3 / ${slides.length}`);
		await page.keyboard.press('PageUp');
		await expect(page.locator('.progress')).toHaveText(`2 / ${slides.length}`);
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

	test('on-screen buttons work and the type is big enough for a classroom', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		const i = slides.findIndex((s) => s.kind === 'event');
		await open(page, slidePath(slides[i].id));
		const size = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.querySelector('.slide .lead')!).fontSize)
		);
		expect(size).toBeGreaterThanOrEqual(28);
		await page.getByRole('button', { name: /next/i }).click();
		await expect(page.locator('.progress')).toHaveText(`${i + 2} / ${slides.length}`);
		await page.getByRole('button', { name: /previous/i }).click();
		await expect(page.locator('.progress')).toHaveText(`${i + 1} / ${slides.length}`);
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

	test('no overflow and no axe violations in the deck', async ({ page }) => {
		await open(page, slidePath(slides.find((s) => s.kind === 'event')!.id));
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
	});
});

test.describe('handout', () => {
	test('is accessible and fits the screen', async ({ page }) => {
		await open(page, '/handout/');
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
	});
});
