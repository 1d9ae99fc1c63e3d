/**
 * The fault walk: what real deployments and real readers do to a site. The network
 * drops, a chunk is gone after a deploy, a deploy lands while a tab is open, scripts
 * are off, and addresses arrive broken, huge or with markup in them.
 */
import type { Page } from '@playwright/test';
import {
	activeId,
	eventIds,
	expect,
	expectConsoleErrors,
	expectNoHorizontalOverflow,
	inViewport,
	open,
	scrollSettled,
	story,
	storyComplete,
	test,
	wheel
} from './helpers';
import { startHost, type Host } from './host';

test.describe('the network drops mid-story', () => {
	test('a banner says so, nothing on the page is lost, and it goes when the network is back', async ({
		page,
		context,
		consoleErrors
	}) => {
		const id = eventIds[6];
		await open(page, `/events/${id}/`);
		await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
		const banner = page.locator('[data-notice="offline"]');
		await expect(banner).toHaveCount(0);

		await context.setOffline(true);
		await expect(banner).toBeVisible();
		await expect(banner).toContainText('You are offline');
		// Still the same story, at the same event, and scrolling still moves through it.
		await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
		expect(await inViewport(page, id)).toBe(true);
		await page.locator(`[id="${eventIds[8]}"]`).scrollIntoViewIfNeeded();
		await wheel(page, 20);
		await expect.poll(() => activeId(page)).not.toBe(id);
		await expect(page.locator('[data-step]')).toHaveCount(story.events.length);

		await context.setOffline(false);
		await expect(banner).toHaveCount(0);
		// Links preload their page on hover; offline, that fails (and is retried on click).
		expectConsoleErrors(consoleErrors, /net::ERR_INTERNET_DISCONNECTED/);
	});
});

test.describe('an event page offline before its story arrived', () => {
	// The page's own fetch, as the host answers it (the worker would answer from its cache).
	test.use({ serviceWorkers: 'block' });
	test('it keeps its event, and fills in once back online', async ({
		page,
		context,
		consoleErrors
	}) => {
		const id = eventIds[6];
		await page.route('**/fragments/story.html', (route) => route.abort('internetdisconnected'));
		await page.goto(`/events/${id}/`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
		// The event on its own, and what follows it as on any event page.
		await expect(page.locator('#reuse')).toBeVisible();
		await expect(page.locator('[data-step]')).toHaveCount(1);
		expect(await inViewport(page, id)).toBe(true);

		await page.unroute('**/fragments/story.html');
		await context.setOffline(true);
		await context.setOffline(false);
		await expect(page.locator('[data-step]')).toHaveCount(story.events.length);
		await storyComplete(page);
		expect(await inViewport(page, id), 'still at its event').toBe(true);
		expectConsoleErrors(consoleErrors, /net::ERR_INTERNET_DISCONNECTED/);
	});
});

test.describe('a lazy chunk is missing (a deploy replaced it)', () => {
	// The worker would answer from its cache; this is the tab the host alone serves.
	test.use({ serviceWorkers: 'block' });
	test('the page reloads once, then says what failed; the story stays readable', async ({
		page,
		consoleErrors
	}) => {
		// The reading controls' chunk is the one that holds the search box.
		let refused = 0;
		await page.route('**/_app/immutable/chunks/*.js', async (route) => {
			const response = await route.fetch();
			if ((await response.text()).includes('event-search')) {
				refused++;
				return route.fulfill({ status: 404, body: 'gone' });
			}
			return route.fulfill({ response });
		});
		let loads = 0;
		page.on('load', () => loads++);
		await page.goto('/');
		const notice = page.locator('[data-notice="chunk"]');
		// Two loads of the whole story page on a busy machine: wait for the page, not a timer.
		await expect(notice).toBeVisible({ timeout: 30_000 });
		await expect(notice).toContainText('the reading controls');
		expect(loads, 'one reload, not a loop').toBe(2);
		expect(refused).toBe(2);
		await expect(page.locator('[data-step]')).toHaveCount(story.events.length);
		await expect(page.locator('#event-search')).toHaveCount(0);
		expectConsoleErrors(
			consoleErrors,
			/status of 404|Failed to fetch dynamically imported module|error loading dynamically imported module/
		);
	});
});

test.describe('a deploy while a tab is open', () => {
	let host: Host;
	test.beforeEach(async () => {
		host = await startHost();
	});
	test.afterEach(async () => host.close());

	test('the tab is told, is not taken over, and one reload shows the new build', async ({
		page
	}) => {
		await open(page, host.url('/'));
		await page.evaluate(() => navigator.serviceWorker.ready);
		// A returning reader: the page is now under the worker of this build.
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		const notice = page.locator('[data-notice="update"]');
		await expect(notice).toHaveCount(0);

		host.deploy('<meta name="deployed" content="correction">');
		// The reader comes back to the tab (or a few minutes pass): the site asks, and the new
		// worker installs beside the old one. The listener arrives with the notices, after
		// first paint: a return to the tab before then is not heard, so the reader returns
		// until it is (as a reader switching tabs would).
		await expect(async () => {
			await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			await expect(notice).toBeVisible({ timeout: 5_000 });
		}).toPass({ timeout: 45_000 });
		await expect(notice).toContainText('A newer version');
		// Nothing changed under the reader until they choose to.
		await expect(page.locator('meta[name="deployed"]')).toHaveCount(0);

		await notice.getByRole('button', { name: /reload/i }).click();
		await expect(page.locator('meta[name="deployed"]')).toHaveCount(1, { timeout: 30_000 });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator('[data-notice="update"]')).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every page type shows its content and no control that needs scripts', async ({
		page,
		consoleErrors
	}) => {
		const e = story.events[3];
		const d = story.discrepancies[0];
		const expectations: [string, string, number][] = [
			['/', story.events.at(-1)!.title, 200],
			[`/events/${e.id}/`, e.title, 200],
			['/present/', story.title, 200],
			[`/present/${e.id}/`, e.title, 200],
			['/handout/', story.events.at(-1)!.title, 200],
			['/disagreements/', d.topic, 200],
			['/events/no-such-event/', story.events[0].title, 404]
		];
		for (const [path, text, status] of expectations) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(status);
			// As rendered: Playwright's text matching skips <noscript>, where `/` keeps its rest.
			await expect(page.locator('body'), path).toContainText(text, { useInnerText: true });
			await expect(page.getByRole('button', { name: 'Save for offline' }), path).toBeHidden();
			await expect(page.locator('[data-notice]'), path).toHaveCount(0);
		}
		expectConsoleErrors(consoleErrors, /status of 404/);
	});
});

test.describe('addresses as people paste them', () => {
	async function expectNoEventNotice(page: Page, wanted: string) {
		await expect(page.getByRole('alert')).toContainText(`There is no event called “${wanted}”`);
		await expectNoHorizontalOverflow(page);
		expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	}

	test('bad percent-encoding in the hash: a notice, and the page still works', async ({ page }) => {
		await open(page, '/#%E0%A4%A');
		await expectNoEventNotice(page, '%E0%A4%A');
		// The rest of onMount ran: the reading controls arrived.
		await expect(page.locator('#event-search')).toBeVisible();
	});

	test('bad percent-encoding in the path: the not-found page suggests where to go', async ({
		page,
		consoleErrors
	}) => {
		const response = await open(page, '/events/%E0%A4%A/');
		expect(response?.status()).toBe(404);
		await expectNoEventNotice(page, '%E0%A4%A');
		expectConsoleErrors(consoleErrors, /status of 404/);
	});

	test('a very long address wraps instead of widening the page', async ({
		page,
		consoleErrors
	}) => {
		const long = 'x'.repeat(4000);
		await open(page, `/#${long}`);
		await expectNoEventNotice(page, long);
		const response = await open(page, `/events/${long}/`);
		expect(response?.status()).toBe(404);
		await expectNoEventNotice(page, long);
		expectConsoleErrors(consoleErrors, /status of 404/);
	});

	test('markup in an address is shown as text, never run', async ({ page, consoleErrors }) => {
		const markup = '<img src=x onerror="window.__xss=1">';
		await open(page, `/#${markup}`);
		await expectNoEventNotice(page, markup);
		const response = await open(page, `/events/${encodeURIComponent(markup)}/`);
		expect(response?.status()).toBe(404);
		await expectNoEventNotice(page, markup);
		expectConsoleErrors(consoleErrors, /status of 404/);
	});

	test('a link inside the site to a missing event: the error page suggests the nearest', async ({
		page,
		consoleErrors
	}) => {
		await open(page, '/');
		const near = story.events[5];
		// A client-side navigation, as from a stale link in the page, to a cut-short id.
		await page.evaluate(
			(href) => {
				const a = Object.assign(document.createElement('a'), { href, textContent: 'stale' });
				document.body.append(a);
				a.click();
			},
			`/events/${near.id.slice(0, -1)}/`
		);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(near.title);
		await scrollSettled(page);
		expectConsoleErrors(consoleErrors, /status of 404/);
	});
});
