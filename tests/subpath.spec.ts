import { SUB_URL } from './ports';
import { eventIds, expect, open, story, test } from './helpers';

test('a build under a sub-path serves and navigates', async ({ page }) => {
	await open(page, `${SUB_URL}/`);
	await expect(page.locator('h1')).toHaveText(story.title);
	const id = eventIds[2];
	// The step's own links are in its evidence, one tap away.
	await page.locator(`[id="${id}"] details.evidence summary`).click();
	await page.locator(`[id="${id}"]`).getByRole('link', { name: 'Link to this event' }).click();
	await expect(page).toHaveURL(`${SUB_URL}/events/${id}/`);
	// Then the same address in a fresh tab, as a shared link opens: not a reload, which
	// rightly restores wherever the reader had scrolled to.
	await page.goto('about:blank');
	await open(page, `${SUB_URL}/events/${id}/`);
	await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
	await page.locator(`[id="${id}"]`).getByRole('link', { name: 'Present from here' }).click();
	await expect(page).toHaveURL(`${SUB_URL}/present/${id}/`);
	await open(page, `${SUB_URL}/handout/`);
	await expect(page.locator(`[id="${eventIds[0]}"]`)).toBeVisible();
});
