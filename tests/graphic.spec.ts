// The sticky graphic: marks in every lane of their themes, marks as links, the zoom
// announced, and a locator map that follows the active event. Expectations come from
// data/story.json and data/places.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventPlaceIds, placeNames, type Places } from '../src/lib/story/places';
import { eventDateLabel } from '../src/lib/time/dates';
import { FRAME } from '../src/lib/server/map';
import { activeId, expect, open, story, test, wheel } from './helpers';

const places: Places = JSON.parse(readFileSync('data/places.json', 'utf8'));
const names = placeNames(places);
const onMap = new Set(
	places.places
		.filter(
			(p) =>
				p.lon >= FRAME.west && p.lon <= FRAME.east && p.lat >= FRAME.south && p.lat <= FRAME.north
		)
		.map((p) => p.id)
);
const withPlaces = story.events.filter((e) => (e.places ?? []).length > 0);
const focus = story.focus[0];
const inFocus = (e: (typeof story.events)[number]) => e.when.date.slice(0, 4) >= focus.start;
const year = (iso: string) => iso.slice(0, 4);

/** The axis the reader sees (wide on a desktop, compact on a phone). */
const axis = (page: Page) => page.locator('.axis').filter({ visible: true });

async function scrollTo(page: Page, id: string) {
	await page.evaluate((id) => {
		document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' });
	}, id);
	await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
}

const lit = (page: Page) =>
	page
		.locator('.map [data-place][data-on]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!).sort());

test.describe('the sticky graphic', () => {
	test('scrolling through the story lights each event’s places on the map, and only those', async ({
		page
	}) => {
		expect(withPlaces.length).toBeGreaterThan(20);
		await open(page, '/');
		for (const e of withPlaces) {
			await scrollTo(page, e.id);
			const ids = eventPlaceIds(names, e.places);
			expect(ids.length, `${e.id} names places that resolve`).toBe(new Set(e.places).size);
			await expect.poll(() => lit(page), e.id).toEqual(ids.filter((id) => onMap.has(id)).sort());
			// The same places in words, on or off the map.
			const listed = await page
				.locator('[data-place-list] [data-place-name]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-place-name')));
			expect(listed, e.id).toEqual(ids);
		}
		// A disputed place is drawn as a point, never as a country with a border.
		const disputed = places.places.filter((p) => p.disputed).map((p) => p.id);
		expect(disputed.length).toBeGreaterThan(0);
		for (const id of disputed) {
			const mark = page.locator(`.map [data-place="${id}"]`);
			await expect(mark).toHaveAttribute('data-disputed');
			expect(await mark.evaluate((el) => el.tagName)).toBe('g');
		}
	});

	test('the route is drawn for the flights and not elsewhere', async ({ page }) => {
		const route = places.routes[0];
		const flights = story.events.find(
			(e) => e.themes.includes(route.theme) && eventPlaceIds(names, e.places).includes(route.to)
		)!;
		const other = story.events.find((e) => !e.themes.includes(route.theme) && e.places?.length)!;
		await open(page, `/events/${flights.id}/`);
		await expect(page.locator(`.map [data-route="${route.id}"]`)).toHaveCount(1);
		await scrollTo(page, other.id);
		await expect(page.locator('.map [data-route]')).toHaveCount(0);
	});

	test('every lane whose theme has events shows a mark for each of them', async ({ page }) => {
		await open(page, '/');
		const visible = axis(page);
		await expect(visible).toHaveCount(1);
		for (const t of story.themes) {
			const count = story.events.filter((e) => e.themes.includes(t.id)).length;
			const marks = visible.locator(`[data-mark] [data-lane="${t.id}"]`);
			await expect(marks, t.id).toHaveCount(count);
			if (count) await expect(marks.first()).toBeVisible();
		}
	});

	test('in either zoom, every event’s mark shows enough of itself to be pointed at', async ({
		page
	}) => {
		for (const e of [story.events.find((e) => !inFocus(e))!, story.events.find(inFocus)!]) {
			await open(page, `/events/${e.id}/`);
			// Probe each shape on the plot at 15 points: the event is reachable if any of them hits it.
			const hidden = await axis(page).evaluate((el) => {
				const plot = el.querySelector('svg')!.getBoundingClientRect();
				return [...el.querySelectorAll('.marks [data-mark]')].flatMap((mark) => {
					const shown = [...mark.children]
						.map((s) => s.getBoundingClientRect())
						.filter((r) => r.width > 0 && r.left >= plot.left && r.right <= plot.right);
					if (!shown.length) return [];
					const hit = shown.some((r) =>
						[0.1, 0.3, 0.5, 0.7, 0.9].some((fx) =>
							[0.25, 0.5, 0.75].some(
								(fy) =>
									document
										.elementFromPoint(r.x + r.width * fx, r.y + r.height * fy)
										?.closest('[data-mark]') === mark
							)
						)
					);
					return hit ? [] : [mark.getAttribute('data-mark')];
				});
			});
			expect(hidden, `${e.id}: marks drawn over by others`).toEqual([]);
		}
	});

	test('every mark is a link named by its event’s title; Tab reaches them and Enter lands on the event', async ({
		page
	}) => {
		await open(page, '/');
		for (const e of story.events)
			await expect(axis(page).getByRole('link', { name: e.title, exact: true })).toHaveCount(1);
		let focused: string | null = null;
		for (let i = 0; i < 40 && !focused; i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(
				() => document.activeElement?.closest('[data-mark]')?.getAttribute('data-mark') ?? null
			);
		}
		expect(focused, 'a mark within 40 Tabs').toBe(story.events[0].id);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/events/${focused}/$`));
		await expect(page.locator(`[id="${focused}"]`)).toHaveAttribute('aria-current', 'step');
	});

	test('the active marker carries the date, and the zoom is said on the graphic', async ({
		page
	}) => {
		const early = story.events.find((e) => !inFocus(e))!;
		const late = story.events.find(inFocus)!;
		const label = page.locator('[data-zoom-label]');
		await open(page, `/events/${early.id}/`);
		await expect(label).not.toContainText('Zoomed');
		await expect(label).toContainText(`${year(story.range.start)}–${year(story.range.end)}`);
		await expect(axis(page).locator(`[data-active-date="${early.id}"] text`)).toHaveText(
			eventDateLabel(early)
		);
		await scrollTo(page, late.id);
		await expect(label).toContainText(`Zoomed to ${year(focus.start)}–${year(focus.end)}`);
		await expect(label).toBeVisible();
		await expect(axis(page).locator(`[data-active-date="${late.id}"] text`)).toHaveText(
			eventDateLabel(late)
		);
	});

	test('on a key that changes the zoom, the active event’s outline and date glide with its mark', async ({
		page
	}) => {
		const first = story.events.findIndex(inFocus);
		await open(page, `/events/${story.events[first - 1].id}/`);
		await expect(page.locator('[data-zoom-label]')).not.toContainText('Zoomed');
		// Each frame of the glide, from the first that draws the new event as the active one:
		// where its outline's centre and its date's line are against its mark, and where the
		// mark is (so a glide that ended before the first frame cannot pass). Watching starts
		// before the key is pressed, so a slow machine cannot miss the glide.
		const watching = page.evaluate(
			(id) =>
				new Promise<{ off: number; x: number }[]>((done) => {
					const centre = (el: Element) => {
						const r = el.getBoundingClientRect();
						return r.x + r.width / 2;
					};
					const shown = (sel: string) =>
						[...document.querySelectorAll(sel)].find((el) => el.getBoundingClientRect().width > 0);
					const out: { off: number; x: number }[] = [];
					let t0 = 0;
					const frame = (now: number) => {
						const shape = shown(`.marks [data-mark="${id}"] > *`)!;
						const ring = shown(`[data-active-mark="${id}"] > *`);
						const drop = shown(`[data-active-date="${id}"] .drop`);
						if (ring && drop) {
							t0 ||= now;
							const mark = centre(shape);
							// The date's line drops from where the event starts: a dot's centre, a bar's start.
							const start = shape.tagName === 'circle' ? mark : shape.getBoundingClientRect().x;
							out.push({
								off: Math.max(Math.abs(centre(ring) - mark), Math.abs(centre(drop) - start)),
								x: mark
							});
						}
						if (!t0 || now - t0 < 600) requestAnimationFrame(frame);
						else done(out);
					};
					requestAnimationFrame(frame);
				}),
			story.events[first].id
		);
		await page.keyboard.press('j');
		await expect(page.locator('[data-zoom-label]')).toContainText('Zoomed');
		const frames = await watching;
		const xs = frames.map((f) => f.x);
		expect(Math.max(...xs) - Math.min(...xs), 'the mark glides').toBeGreaterThan(5);
		expect(Math.max(...frames.map((f) => f.off))).toBeLessThan(1.5);
	});

	test('on a narrow desktop the axis keeps its labels apart, and nothing covers the graphic', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'the two-column layout starts at 900 px');
		const late = story.events.find(inFocus)!.id;
		/** Labels shown in a row of the axis that run into the next one, in px. */
		const overlaps = (selector: string) =>
			axis(page).evaluate((el, selector) => {
				const boxes = [...el.querySelectorAll(selector)]
					.map((t) => t.getBoundingClientRect())
					.filter((r) => r.width > 0)
					.sort((a, b) => a.x - b.x);
				return boxes.slice(1).flatMap((b, k) => {
					const a = boxes[k];
					return a.right > b.left + 0.5
						? [`${Math.round(a.x)}–${Math.round(a.right)} over ${Math.round(b.x)}`]
						: [];
				});
			}, selector);
		for (const width of [900, 1024, 1280, 1440]) {
			await page.setViewportSize({ width, height: 768 });
			for (const path of ['/', `/events/${late}/`]) {
				await open(page, path);
				const svg = (await axis(page).locator('svg').first().boundingBox())!;
				expect(svg.width, `${width} px`).toBeGreaterThanOrEqual(250);
				const years = '.tick:not([data-hidden]):not([data-covered]) text';
				expect(await overlaps(years), `${width} px, ${path}: years`).toEqual([]);
				expect(await overlaps('text.era:not([data-hidden])'), `${width} px, ${path}: eras`).toEqual(
					[]
				);
				// The navigator sits under the reading column, not over the graphic.
				const nav = (await page.locator('.story-nav').boundingBox())!;
				const graphic = (await page.locator('.graphic').boundingBox())!;
				expect(nav.x + nav.width, `${width} px: navigator`).toBeLessThanOrEqual(graphic.x);
				const lines = await page.locator('.story-nav .date').evaluate((el) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
				});
				expect(lines, `${width} px, ${path}: the navigator's date on one line`).toBe(1);
			}
			// At the top of the page the scheme switch is in a row of its own, above the graphic.
			await open(page, '/');
			const corner = (await page.locator('.theme-slot button').boundingBox())!;
			const zoom = (await page.locator('.graphic [data-zoom-label]').boundingBox())!;
			const strip = (await page.locator('.graphic .strip').boundingBox())!;
			const svg = (await axis(page).locator('svg').first().boundingBox())!;
			for (const box of [zoom, strip, svg])
				expect(
					box.x + box.width <= corner.x || box.y >= corner.y + corner.height,
					`${width} px: ${JSON.stringify(box)} clear of ${JSON.stringify(corner)}`
				).toBe(true);
		}
	});

	test('beside the map, what does not fit fades out, and only then', async ({ page, isMobile }) => {
		test.skip(isMobile, 'phones do not show the panel beside the map');
		await open(page, `/events/${story.events[0].id}/`);
		const info = page.locator('.panel .info');
		const state = () =>
			info.evaluate((el) => ({
				over: el.scrollHeight > el.clientHeight + 1,
				faded: getComputedStyle(el).maskImage !== 'none'
			}));
		const seen = { over: 0, fits: 0 };
		for (const [i, e] of story.events.entries()) {
			if (i > 0) await page.keyboard.press('j');
			await expect.poll(() => activeId(page)).toBe(e.id);
			// The fade follows the panel's new content within a frame or two.
			await expect
				.poll(
					async () => {
						const { over, faded } = await state();
						return `${over ? 'cut' : 'whole'}, ${faded ? 'faded' : 'not faded'}`;
					},
					{ message: e.id }
				)
				.toMatch(/^(cut, faded|whole, not faded)$/);
			seen[(await state()).over ? 'over' : 'fits']++;
		}
		// The walk met both: the check above could not pass on one kind alone.
		expect(seen.over).toBeGreaterThan(0);
		expect(seen.fits).toBeGreaterThan(0);
	});

	test('on a phone the graphic’s band holds its axis, zoom, legend and caption', async ({
		page,
		isMobile
	}) => {
		test.skip(!isMobile, 'the band is the phone layout');
		await open(page, `/events/${story.events[Math.floor(story.events.length / 2)].id}/`);
		const band = (await page.locator('.graphic').boundingBox())!;
		for (const part of ['[data-zoom-label]', 'div.legend', '.caption']) {
			const box = (await page.locator(`.graphic ${part}`).boundingBox())!;
			expect(box.height, part).toBeGreaterThan(0);
			expect(box.y + box.height, `${part} ends inside the band`).toBeLessThanOrEqual(
				band.y + band.height
			);
		}
	});

	test('without JavaScript the event’s page already shows its places', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const e = withPlaces[withPlaces.length - 1];
		await page.goto(`/events/${e.id}/`);
		const ids = eventPlaceIds(names, e.places).filter((id) => onMap.has(id));
		expect(ids.length).toBeGreaterThan(0);
		expect(await lit(page)).toEqual(ids.sort());
		await context.close();
	});

	test('following a scroll costs no scroll listener, and the graphic moves without a transition', async ({
		page
	}) => {
		// Every `scroll` listener the page adds, from its first script on.
		await page.addInitScript(() => {
			const w = window as unknown as { scrollListeners: number };
			w.scrollListeners = 0;
			const add = EventTarget.prototype.addEventListener;
			EventTarget.prototype.addEventListener = function (
				this: EventTarget,
				...args: Parameters<EventTarget['addEventListener']>
			) {
				if (args[0] === 'scroll') w.scrollListeners++;
				return add.apply(this, args);
			};
		});
		await open(page, '/');
		await page.locator(`[id="${story.events[2].id}"]`).scrollIntoViewIfNeeded();
		await page.mouse.move(100, 400);
		await wheel(page, 400);
		await expect.poll(() => activeId(page)).not.toBeNull();
		// Where the browser has `scrollend`, nothing listens to every scroll event: a listener
		// that measured anything was a forced layout at each one.
		expect(
			await page.evaluate(() => (window as unknown as { scrollListeners: number }).scrollListeners)
		).toBe(0);
		// Marks, era bands, year ticks, marker and map change at once while following: a
		// transition, even of 1 ms, is started and cancelled on every shape a change moves.
		await expect(page.locator('.graphic[data-following]')).toHaveCount(1);
		const moving = await page
			.locator('.graphic :is([data-mark] > *, .band, .tick, .drop, .pill, .country)')
			.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).transitionDuration))]);
		expect(moving).toEqual(['0s']);
	});
});

test('no map code reaches the browser: d3-geo and topojson stay in the build', () => {
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((n) => {
			const p = join(dir, n);
			return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') ? [p] : [];
		});
	// Names that survive minification: d3-geo's projection methods, topojson's arcs.
	const geo = /clipExtent|fitWidth|\bparallels\b|GeometryCollection|\barcs\b/;
	const server = files('.svelte-kit/output/server').filter((f) =>
		geo.test(readFileSync(f, 'utf8'))
	);
	expect(server.length, 'the pattern finds the map code where it belongs').toBeGreaterThan(0);
	const client = files('build/_app').filter((f) => geo.test(readFileSync(f, 'utf8')));
	expect(client).toEqual([]);
});
