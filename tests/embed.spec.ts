// The embed in someone else's page: an iframe on another origin, as a newsroom or a course page has it.
import { eventIds, expect, expectConsoleErrors, open, scrollSettled, story, test } from './helpers';
import { BASE_URL, HOST_URL } from './ports';

type Host = Window & {
	heights: { origin: string; height: number }[];
	paste: (html: string) => void;
};

/** The embed code the site gives a reader at the start of the story. */
async function embedCode(page: import('@playwright/test').Page) {
	await open(page, '/');
	return page.locator('#reuse textarea').inputValue();
}

test('the embed loads in an iframe on another origin, scrolls its steps, sizes itself, and opens links in the top window', async ({
	page
}) => {
	const code = await embedCode(page);
	expect(code).toContain(`src="${BASE_URL}/embed/"`);
	await page.goto(`${HOST_URL}/`);
	await page.evaluate((code) => (window as unknown as Host).paste(code), code);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('h1')).toHaveText(story.title);
	await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// No page chrome: no search, no scheme switch, no cite block.
	await expect(frame.locator('#event-search, #reuse, .theme')).toHaveCount(0);

	// The embed says how tall it wants to be; the pasted script sizes the iframe to it.
	await page.waitForFunction(() => (window as unknown as Host).heights.length > 0);
	const [message] = await page.evaluate(() => (window as unknown as Host).heights);
	expect(message.origin).toBe(BASE_URL);
	expect(message.height).toBeGreaterThan(300);
	await expect
		.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
		.toBe(message.height);

	// Its own scroll container: the wheel over the frame moves through the steps inside it,
	// each turn less than the shortest step so none is jumped over.
	const inner = page.frames().find((f) => f.url().startsWith(`${BASE_URL}/embed/`))!;
	const shortest = await inner.evaluate(() =>
		Math.min(...[...document.querySelectorAll('[data-step]')].map((s) => s.clientHeight))
	);
	const box = (await page.locator('iframe').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const seen: string[] = [];
	for (let i = 0; i < 200 && seen.length < 3; i++) {
		const before = await inner.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, Math.floor(shortest * 0.75));
		await expect.poll(() => inner.evaluate(() => window.scrollY)).toBeGreaterThan(before);
		await scrollSettled(inner);
		const id = await inner.evaluate(() => document.querySelector('[aria-current="step"]')?.id);
		if (id && seen.at(-1) !== id) seen.push(id);
	}
	expect(seen).toEqual(eventIds.slice(0, 3));
	expect(await page.evaluate(() => window.scrollY), 'the host page did not scroll').toBe(0);

	// An event's link leaves the frame: the full site opens in the top window.
	const id = seen.at(-1)!;
	await frame.locator(`[id="${id}"] details.evidence summary`).click();
	await frame.locator(`[id="${id}"]`).getByRole('link', { name: 'Link to this event' }).click();
	await expect(page).toHaveURL(`${BASE_URL}/events/${id}/`);
});

test('the embed may be framed by anyone; every other page only by the site itself', async ({
	page,
	request,
	consoleErrors
}) => {
	const embed = await request.get(`${BASE_URL}/embed/${eventIds[0]}/`);
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
	expect(embed.headers()['x-frame-options']).toBeUndefined();
	const normal = await request.get(`${BASE_URL}/`);
	expect(normal.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
	expect(normal.headers()['x-frame-options']).toBe('SAMEORIGIN');

	await page.goto(`${HOST_URL}/`);
	await page.evaluate(
		(src) => (window as unknown as Host).paste(`<iframe src="${src}" title="story"></iframe>`),
		`${BASE_URL}/`
	);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	// The browser shows its own error page in the frame instead of the story.
	await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
	await expect(page.frameLocator('iframe').getByText(story.title)).toHaveCount(0);
	expectConsoleErrors(
		consoleErrors,
		/violates .*frame-ancestors 'self'|Refused to (display|frame)/
	);
});
