import { readFileSync } from 'node:fs';
import {
	activeId,
	crossLink,
	eventIds,
	expect,
	expectConsoleErrors,
	inViewport,
	open,
	scrollSettled,
	story,
	storyComplete,
	test
} from './helpers';
import { eventDateLabel } from '../src/lib/time/dates';

test.describe('deep links', () => {
	// Fresh visits, as a shared link opens, and requests the page itself can hold back.
	test.use({ serviceWorkers: 'block' });
	test('every /events/<id>/ lands on its event: active, in view, focused, no jump', async ({
		page
	}) => {
		test.setTimeout(240_000); // one page load per event
		// The rest of the story is held back until the landing is measured, so the test sees
		// it arrive around the event however fast this machine is. A gate per page, opened
		// before the page asks or after: the landing is in the HTML, so the checks below
		// can pass before the page's script has asked for the story.
		let release = () => {};
		let gate = Promise.resolve();
		await page.route('**/fragments/story.html', async (route) => {
			await gate;
			await route.continue();
		});
		await page.addInitScript(() => {
			const w = window as unknown as { shifts: string[] };
			w.shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & {
					value: number;
					sources?: { node?: Node }[];
				})[])
					w.shifts.push(
						`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element)?.id || s.node?.nodeName).join(' ')}`
					);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const id of eventIds) {
			gate = new Promise<void>((r) => (release = r));
			await page.goto(`/events/${id}/`);
			const step = page.locator(`[id="${id}"]`);
			await expect(step).toHaveAttribute('aria-current', 'step');
			expect(await inViewport(page, id), `${id} in view`).toBe(true);
			// Landed before first paint: the event stays where it is on screen while the rest
			// of the story arrives around it.
			const top = () =>
				page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
			const landed = await top();
			await expect(page.locator('[data-step]')).toHaveCount(1);
			// Every frame while the story arrives, the event is still marked as the active one.
			const ringOut = page.evaluate(
				(id) =>
					new Promise<number>((done) => {
						let out = 0;
						const frame = () => {
							if (document.getElementById(id)?.getAttribute('aria-current') !== 'step') out++;
							const steps = document.querySelector<HTMLElement>('[data-story-part="steps"]');
							if (steps?.dataset.filled === 'all') done(out);
							else requestAnimationFrame(frame);
						};
						requestAnimationFrame(frame);
					}),
				id
			);
			release();
			expect(await ringOut, `${id} stays marked active`).toBe(0);
			await storyComplete(page);
			await expect(page.locator('[data-step]')).toHaveCount(eventIds.length);
			expect(Math.abs((await top()) - landed), `${id} did not move`).toBeLessThan(2);
			// Nor did anything else the reader could see (the browser's own account of it).
			const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
			expect(shifts, `${id}: layout shifts`).toEqual([]);
			await expect(page.locator(`[id="${id}-title"]`)).toBeFocused();
			expect(await activeId(page)).toBe(id);
		}
	});

	for (const [what, path] of [
		['around an event', `/events/${eventIds[Math.floor(eventIds.length / 2)]}/`],
		['after the story page’s first steps', '/']
	])
		test(`the story arrives ${what} a step at a time, not in one task`, async ({ page }) => {
			// Each task's additions reach a mutation observer together, after the task. One task
			// that adds the whole story (as the first version did, about 3,000 elements) is one
			// layout of all of it: 200–370 ms on a phone for the half above a middle event, and
			// on `/`, parsed with the page, 2.9 s for a story of 350 events.
			await page.addInitScript(() => {
				const w = window as unknown as { added: number[] };
				w.added = [];
				document.addEventListener('DOMContentLoaded', () => {
					const observer = new MutationObserver((records) => {
						let n = 0;
						for (const r of records)
							for (const node of r.addedNodes)
								if (node instanceof Element) n += 1 + node.getElementsByTagName('*').length;
						if (n > 0) w.added.push(n);
					});
					for (const part of document.querySelectorAll('[data-story-part]'))
						observer.observe(part, { childList: true, subtree: true });
				});
			});
			await open(page, path);
			const added = await page.evaluate(() => (window as unknown as { added: number[] }).added);
			const total = added.reduce((a, b) => a + b, 0);
			expect(total, 'the whole story arrived').toBeGreaterThan(1000);
			expect(
				Math.max(...added),
				`elements added per task: ${added.join(', ')}`
			).toBeLessThanOrEqual(300);
		});

	test('while the story arrives after the first steps, the scroller takes them in only near the reader', async ({
		page
	}) => {
		// Taking in the steps placed so far is a pass over all of them (an observer each): every
		// few tasks, that was 30 passes over 350 steps at 10× the story, 50 ms each on this
		// machine. A reader who stays at the top needs it once, and once when the story is in.
		await page.addInitScript(() => {
			const w = window as unknown as { observed: number; arriving?: number };
			w.observed = 0;
			const observe = IntersectionObserver.prototype.observe;
			IntersectionObserver.prototype.observe = function (target) {
				w.observed++;
				return observe.call(this, target);
			};
			document.addEventListener('DOMContentLoaded', () => {
				const steps = document.querySelector<HTMLElement>('[data-story-part="steps"]')!;
				new MutationObserver(() => {
					if (steps.dataset.filled === 'all') w.arriving ??= w.observed;
				}).observe(steps, { attributeFilter: ['data-filled'] });
			});
		});
		await open(page, '/');
		const counts = () =>
			page.evaluate(() => {
				const { observed, arriving } = window as unknown as { observed: number; arriving: number };
				return { observed, arriving };
			});
		await expect
			.poll(async () => (await counts()).observed, 'the whole story taken in once it is there')
			.toBeGreaterThan(eventIds.length);
		expect((await counts()).arriving, 'steps taken in while the story arrived').toBeLessThan(
			eventIds.length
		);
	});

	test('a step placed after the others lays out itself, not the steps before it', async ({
		page,
		browser
	}) => {
		// Claim numbers the browser counted, and summaries with the counter the browser gives
		// them, tied each new step to every list before it: at 10× the story, placing one step
		// laid out 2,100 boxes (25 ms) in its chapter. Boxes are counted here, not timed.
		await open(page, '/');
		await browser.startTracing(page, { categories: ['devtools.timeline'] });
		const elements = await page.evaluate(() => {
			const steps = [...document.querySelectorAll('[data-step]')];
			const copy = steps[Math.floor(steps.length / 4)].cloneNode(true) as HTMLElement;
			copy.removeAttribute('id');
			steps.at(-1)!.after(copy);
			copy.getBoundingClientRect();
			return 1 + copy.getElementsByTagName('*').length;
		});
		const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
			traceEvents: { name: string; ph: string; args?: { beginData?: { dirtyObjects?: number } } }[];
		};
		const layouts = traceEvents.filter((e) => e.name === 'Layout' && e.ph === 'X');
		expect(layouts.length, 'the copy was laid out').toBeGreaterThan(0);
		const dirty = layouts[0].args?.beginData?.dirtyObjects ?? Infinity;
		// Its elements and their text: not the lists before it too (about 220 boxes here, then).
		expect(dirty, `boxes laid out for a step of ${elements} elements`).toBeLessThan(2 * elements);
	});

	test('a reader who scrolls down while the story arrives has the graphic follow', async ({
		page
	}) => {
		test.setTimeout(120_000);
		// A phone far slower than this machine, so that the story is still arriving while the
		// reader scrolls to what has arrived.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
		await page.goto('/');
		const steps = page.locator('[data-step]');
		// Past what the page takes in before it looks where the reader is, with steps to come.
		const far = Math.floor(eventIds.length * 0.6);
		await expect.poll(() => steps.count(), { timeout: 90_000 }).toBeGreaterThan(far);
		await steps
			.nth(far)
			.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
		// The graphic follows before the story is in, not only once it is.
		await expect
			.poll(
				() =>
					page.evaluate(() => [
						document.querySelector('[aria-current="step"]')?.id,
						document.querySelector<HTMLElement>('[data-story-part="steps"]')?.dataset.filled
					]),
				{ timeout: 30_000 }
			)
			.toEqual([eventIds[far], 'arriving']);
	});

	test('a reader who scrolled up before the story arrived keeps their place', async ({ page }) => {
		// Above an event page's first event is the intro, where no event is active: the story
		// still arrives around the page's own event, not as a page that starts over from the top.
		let release = () => {};
		const gate = new Promise<void>((r) => (release = r));
		await page.route('**/fragments/story.html', async (route) => {
			await gate;
			await route.continue();
		});
		const id = eventIds[0];
		await page.goto(`/events/${id}/`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await expect.poll(() => activeId(page)).toBeNull();
		const top = () =>
			page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
		const before = await top();
		release();
		await storyComplete(page);
		await expect(page.locator('[data-step]')).toHaveCount(eventIds.length);
		expect(Math.abs((await top()) - before), `${id} stayed where the reader saw it`).toBeLessThan(
			2
		);
	});

	test('/#<id> lands on the event too, opened fresh or changed in the page', async ({ page }) => {
		const sample = [eventIds[0], eventIds[Math.floor(eventIds.length / 2)], eventIds.at(-1)!];
		for (const id of sample) {
			await page.goto('about:blank'); // a fresh load, as from a shared link
			await open(page, `/#${id}`);
			await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
			await scrollSettled(page);
			expect(await inViewport(page, id), `${id} in view`).toBe(true);
		}
		// Editing the hash on an open page moves there as well.
		await page.evaluate((id) => (location.hash = id), sample[1]);
		await expect(page.locator(`[id="${sample[1]}"]`)).toHaveAttribute('aria-current', 'step');
		await scrollSettled(page);
		expect(await inViewport(page, sample[1])).toBe(true);
	});

	test('scrolling updates the address bar; back at the intro it returns to /', async ({ page }) => {
		await page.goto('/', { waitUntil: 'networkidle' });
		const entries = await page.evaluate(() => history.length);
		// Navigations and data loads, not the browser re-checking its favicon.
		const requests: string[] = [];
		page.on('request', (r) => {
			if (['document', 'fetch', 'xhr'].includes(r.resourceType())) requests.push(r.url());
		});
		await page.locator(`[id="${eventIds[2]}"]`).scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 10);
		await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
		const id = await activeId(page);
		expect(page.url()).toContain(`/events/${id}/`);
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await page.mouse.wheel(0, -10);
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
		expect(requests, 'URL updates make no network requests').toEqual([]);
		expect(await page.evaluate(() => history.length), 'no history entry per step').toBe(entries);
	});

	test('an in-story link moves to the event; Back returns to where the reader was', async ({
		page
	}) => {
		const { from, to, link, reveal } = crossLink(page);
		await open(page, `/events/${from}/`);
		await reveal();
		await link.scrollIntoViewIfNeeded();
		const before = await page.evaluate(() => window.scrollY);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/events/${to}/$`));
		await expect(page.locator(`[id="${to}"]`)).toHaveAttribute('aria-current', 'step');
		await scrollSettled(page); // the glide to the event has finished, as the reader sees it
		expect(await inViewport(page, to)).toBe(true);
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`/events/${from}/$`));
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 30);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(before + 30);
		await expect(page.locator(`[id="${from}"]`)).toHaveAttribute('aria-current', 'step');
		await page.goForward();
		await expect(page).toHaveURL(new RegExp(`/events/${to}/$`));
		await expect.poll(() => inViewport(page, to)).toBe(true);
	});

	test('each step has a share control with an accessible name and confirmation', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const id = eventIds[3];
		await open(page, `/events/${id}/`);
		// In the step's evidence, which a deep link opens.
		const button = page.locator(`[id="${id}"]`).getByRole('button', { name: 'Share link' });
		// Named once in the markup, described by its step's title (35 "Share link" buttons).
		await expect(button).toHaveAccessibleDescription(story.events[3].title);
		await button.click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(new RegExp(`/events/${id}/$`));
	});

	test('unknown ids get a helpful page, never a blank one', async ({ page, consoleErrors }) => {
		const response = await page.goto('/events/nope/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: /start the story/i })).toBeVisible();

		const near = eventIds[5];
		const typo = near.slice(0, -1);
		await page.goto(`/events/${typo}/`);
		await expect(page.getByRole('alert')).toContainText(story.events[5].title);

		await page.goto('/#nope');
		await expect(page.getByRole('alert')).toContainText('There is no event called “nope”');
		await expect(
			page.getByRole('alert').getByRole('link', { name: /start the story/i })
		).toBeVisible();
		// The 404 responses above are the point of this test; any other error still fails it.
		expectConsoleErrors(consoleErrors, /the server responded with a status of 404/);
	});
});

test.describe('built HTML', () => {
	test('event pages carry their own title, description, canonical and social tags', async ({
		request
	}) => {
		for (const e of [story.events[0], story.events[7], story.events.at(-1)!]) {
			const html = await (await request.get(`/events/${e.id}/`)).text();
			const attr = (sel: RegExp) => sel.exec(html)?.[1];
			expect(attr(/<title>([^<]*)<\/title>/)).toContain(escapeHtml(e.title));
			expect(attr(/<meta name="description" content="([^"]*)"/)).toContain(
				escapeHtml(eventDateLabel(e))
			);
			expect(attr(/<link rel="canonical" href="([^"]*)"/)).toMatch(new RegExp(`/events/${e.id}/$`));
			expect(attr(/<meta property="og:title" content="([^"]*)"/)).toContain(escapeHtml(e.title));
			expect(attr(/<meta property="og:description" content="([^"]*)"/)).toContain(
				escapeHtml(e.summary.slice(0, 40))
			);
			expect(attr(/<meta name="twitter:card" content="([^"]*)"/)).toBe('summary_large_image');
			expect(attr(/<meta name="date" content="([^"]*)"/)).toBe(e.when.date);
			expect(html).toContain(`id="${e.id}"`);
		}
	});

	test('every published id still resolves: live or redirected', async ({ request }) => {
		const published: string[] = JSON.parse(readFileSync('data/published-ids.json', 'utf8'));
		for (const id of published) {
			const res = await request.get(`/events/${id}/`);
			expect(res.status(), id).toBe(200);
			const live = eventIds.includes(id);
			const target = live ? id : story.events.find((e) => e.formerIds?.includes(id))?.id;
			expect(target, `${id} has a home`).toBeTruthy();
			const html = await res.text();
			if (!live) expect(html).toContain(`/events/${target}/`);
		}
	});

	test('the build has a 404 page that a static host can serve', async ({ request }) => {
		const res = await request.get('/404.html');
		expect(res.status()).toBe(200);
		const html = await res.text();
		expect(html).toContain('Page not found');
		for (const e of story.events.slice(0, 3)) expect(html).toContain(`/events/${e.id}/`);
	});
});

function escapeHtml(s: string) {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

test('ordinary anchors (#sources) are not mistaken for event ids', async ({ page }) => {
	await page.goto('/#sources');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('#sources')).toBeInViewport();
});
