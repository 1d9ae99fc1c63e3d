import { HOSTILE_URL } from './ports';
import { LEAD_STEPS } from '../src/lib/narrative/parts';
import {
	eventIds,
	expect,
	expectConsoleErrors,
	expectNoHorizontalOverflow,
	open,
	story,
	test,
	wheel
} from './helpers';

const PAGES = [
	'/',
	`/events/${eventIds[3]}/`,
	'/present/',
	`/present/${eventIds[3]}/`,
	'/handout/'
];

test.describe('privacy and safety', () => {
	test('no page requests anything from another origin', async ({ page, baseURL }) => {
		const foreign: string[] = [];
		page.on('request', (r) => {
			const url = r.url();
			if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
		});
		for (const path of PAGES) {
			await open(page, path);
			await page.mouse.wheel(0, 3000);
			await page.waitForLoadState('networkidle');
		}
		expect(foreign).toEqual([]);
	});

	test('story text is always rendered as text, never as markup', async ({ page }) => {
		const hostile = [
			'/',
			'/events/aviation-exemption-2013-10/',
			'/present/aviation-exemption-2013-10/',
			'/handout/'
		];
		for (const path of hostile) {
			await open(page, HOSTILE_URL + path);
			await wheel(page, 2000);
			expect(await page.evaluate(() => (window as { __xss?: string }).__xss), path).toBeUndefined();
			expect(await page.locator('img[src="x"], main script, svg[onload]').count(), path).toBe(0);
			// Long unbroken words (markup, addresses) wrap instead of widening the page.
			await expectNoHorizontalOverflow(page);
		}
		await open(page, HOSTILE_URL + '/');
		await expect(page.locator('h1')).toContainText("<script>window.__xss = 'title'</script>");
		await expect(page.locator('blockquote').first()).toContainText('<img src=x onerror=');
	});

	test('the bundle keeps working when a script is blocked by the CSP (none is inline)', async ({
		page
	}) => {
		const violations: string[] = [];
		await page.exposeFunction('reportCsp', (v: string) => violations.push(v));
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { reportCsp: (v: string) => void }).reportCsp(
					`${e.violatedDirective} ${e.blockedURI}`
				)
			)
		);
		for (const path of PAGES) await open(page, path);
		expect(violations).toEqual([]);
	});
});

test.describe('failure modes', () => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('every page still shows its content', async ({ page }) => {
			const e = story.events[3];
			const expectations: [string, string][] = [
				['/', story.events.at(-1)!.title],
				[`/events/${e.id}/`, e.title],
				['/present/', story.title],
				[`/present/${e.id}/`, e.title],
				['/handout/', story.events.at(-1)!.title],
				['/404.html', 'Page not found']
			];
			for (const [path, text] of expectations) {
				await page.goto(path);
				// As rendered: Playwright's text matching skips <noscript>, where `/` keeps its rest.
				await expect(page.locator('body'), path).toContainText(text, { useInnerText: true });
			}
		});
	});

	test('if the app code fails to load, the story remains readable', async ({
		page,
		consoleErrors
	}) => {
		await page.route('**/_app/**', (route) => route.abort());
		await page.goto('/');
		// The page lays out its first steps; the rest, which its scripts would place, is a
		// link on from event to event (each event page holds its own in full).
		await expect(page.locator('[data-step]')).toHaveCount(LEAD_STEPS);
		// The rest is text the scripts would have placed: never shown as markup.
		expect(await page.evaluate(() => document.body.innerText)).not.toContain('<section');
		await page.locator('[data-continues] a').click();
		const next = eventIds[LEAD_STEPS];
		await expect(page).toHaveURL(new RegExp(`/events/${next}/$`));
		const step = page.locator(`[id="${next}"]`);
		await expect(step).toBeVisible();
		await expect(step.locator('blockquote').first()).toBeVisible();
		await expect(page.locator('a[rel="next"]')).toHaveAttribute(
			'href',
			`/events/${eventIds[LEAD_STEPS + 1]}/`
		);
		expectConsoleErrors(
			consoleErrors,
			/net::ERR_FAILED|Failed to fetch dynamically imported module/
		);
	});
});
