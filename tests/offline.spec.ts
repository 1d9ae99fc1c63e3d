/**
 * The service worker: a first visit costs what it shows; "Save for offline" keeps the
 * whole story for a classroom without a connection. (A deploy while a tab is open is in
 * faults.spec.ts.)
 */
import { eventIds, expect, expectConsoleErrors, open, story, test } from './helpers';

test('a first visit to / left open transfers at most 1.2× what the page itself needs', async ({
	page,
	context
}) => {
	let own = 0;
	let worker = 0;
	const sizes: Promise<void>[] = [];
	// Every response over the wire, the page's and the service worker's (headers and body).
	context.on('requestfinished', (r) =>
		sizes.push(
			r.sizes().then((s) => {
				const bytes = s.responseHeadersSize + s.responseBodySize;
				if (r.serviceWorker()) worker += bytes;
				else own += bytes;
			})
		)
	);
	await open(page, '/');
	// Installed (its precache done) and nothing more on the wire: left open, untouched.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForLoadState('networkidle');
	await Promise.all(sizes);
	console.log(`first visit: page ${own} B, service worker ${worker} B`);
	expect(own).toBeGreaterThan(10_000);
	expect(own + worker).toBeLessThanOrEqual(1.2 * own);
});

test('after “Save for offline”, every kind of page opens without a network', async ({
	page,
	context,
	consoleErrors
}) => {
	test.setTimeout(300_000); // the whole site, on a busy machine
	await open(page, '/handout/');
	const save = page.getByRole('button', { name: 'Save for offline' });
	await save.click();
	const done = page.getByRole('status').filter({ hasText: 'Saved on this device' });
	await expect(done).toBeVisible({ timeout: 240_000 });
	await expect(save).toHaveCount(0);

	await context.setOffline(true);
	const e = story.events[4];
	const source = story.sources[0].id;
	const pages: [string, string][] = [
		['/', story.title],
		[`/events/${e.id}/`, e.title],
		[`/events/${eventIds.at(-1)}/?source=${source}`, story.events.at(-1)!.title],
		['/present/', story.title],
		[`/present/${e.id}/`, e.title],
		['/handout/', story.events.at(-1)!.title],
		['/disagreements/', story.discrepancies[0].topic]
	];
	for (const [path, text] of pages) {
		await open(page, path);
		await expect(page.locator('body'), path).toContainText(text);
	}
	// Saved means it all came along: the slides know it, and a wrong address is a clear 404.
	await open(page, '/present/');
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
	await page.goto('/events/no-such-event/');
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await context.setOffline(false);
	expectConsoleErrors(consoleErrors, /status of 404/);
});
