import { buildIndex } from '../src/lib/story/indexes';
import { eventDateLabel } from '../src/lib/time/dates';
import {
	activeId,
	eventIds,
	expect,
	expectNoAxeViolations,
	open,
	story,
	test,
	wheel
} from './helpers';

const index = buildIndex(story);
const controls = '#controls';

test.describe('reading through the sources', () => {
	test('a source lens fades what it does not support, and survives a reload', async ({ page }) => {
		const source = story.sources[1];
		const supported = new Set(index.eventsBySource.get(source.id));
		await open(page, '/');
		await page.locator(`${controls} summary`).click();
		await page.locator(`${controls} select`).selectOption(source.id);
		await expect(page).toHaveURL(new RegExp(`\\?source=${source.id}$`));
		const check = async () => {
			for (const id of eventIds) {
				const faded = supported.has(id) ? 0 : 1;
				await expect(page.locator(`[id="${id}"][data-dimmed]`)).toHaveCount(faded);
				// On the axis the reader sees (phones draw only the compact one).
				const mark = page.locator('.axis').filter({ visible: true }).locator(`[data-mark="${id}"]`);
				await expect(mark.and(page.locator('[data-dimmed]'))).toHaveCount(faded);
			}
			await expect(page.locator(`${controls} .card`)).toContainText(
				`${supported.size} event${supported.size === 1 ? '' : 's'}`
			);
		};
		await check();
		await expectNoAxeViolations(page);
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator(`${controls} summary`)).toContainText('1 on');
		await page.locator(`${controls} summary`).click();
		await check();
	});

	test('a thin lens lists its few events first and folds the others to one line', async ({
		page
	}) => {
		// The relayed report that supports the fewest events, but at least one.
		const thin = [...story.secondarySources]
			.map((s) => ({ s, events: index.eventsBySource.get(s.id) ?? [] }))
			.filter((x) => x.events.length > 0)
			.sort((a, b) => a.events.length - b.events.length)[0];
		await open(page, `/?source=${thin.s.id}`);
		await page.locator(`${controls} summary`).click();
		const result = page.locator(`${controls} [role="status"]`);
		const links = result.locator('ol a');
		await expect(links).toHaveCount(thin.events.length);
		await links.first().click();
		await expect(page.locator(`[id="${thin.events[0]}"]`)).toHaveAttribute('aria-current', 'step');
		// The rest are folded to date and title, far shorter than a step.
		const other = eventIds.find((id) => !thin.events.includes(id))!;
		const height = await page
			.locator(`[id="${other}"]`)
			.evaluate((el) => el.getBoundingClientRect().height);
		expect(height).toBeLessThan(160);
		// Combined with a theme none of its events has, the lens says nothing matches.
		const themes = new Set(
			story.events.filter((e) => thin.events.includes(e.id)).flatMap((e) => e.themes)
		);
		const none = story.themes.find((t) => !themes.has(t.id))!;
		await page.locator(controls).getByRole('button', { name: none.label }).click();
		await expect(result).toContainText('No event matches');
	});

	test('a theme filter hides other steps; scrolling only ever activates visible ones', async ({
		page
	}) => {
		const theme = 'arms';
		const kept = story.events.filter((e) => e.themes.includes(theme)).map((e) => e.id);
		await open(page, '/');
		await page.locator(`${controls} summary`).click();
		await page.locator(controls).getByRole('button', { name: 'Arms' }).click();
		await expect(page.locator(controls).getByRole('button', { name: 'Arms' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page).toHaveURL(/\?theme=arms$/);
		await expect(page.locator('[data-step]:visible')).toHaveCount(kept.length);
		// Each turn of the wheel moves less than the shortest visible step: none can be skipped.
		const delta = await page.evaluate(() =>
			Math.floor(
				0.75 *
					Math.min(
						...[...document.querySelectorAll<HTMLElement>('[data-step]')]
							.filter((s) => s.offsetParent)
							.map((s) => s.getBoundingClientRect().height)
					)
			)
		);
		const seen = new Set<string>();
		for (let i = 0; i < 1000; i++) {
			await wheel(page, delta);
			const id = await activeId(page);
			if (id) seen.add(id);
			if (
				await page.evaluate(
					() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2
				)
			)
				break;
		}
		// Every visible step became active, and no hidden one did.
		expect([...seen].sort()).toEqual([...kept].sort());
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator('[data-step]:visible')).toHaveCount(kept.length);
		await expectNoAxeViolations(page);
	});

	test('find an event by a person’s name and by year, with / to start', async ({ page }) => {
		const withPerson = story.events.find((e) => e.people?.length)!;
		const person = withPerson.people![0].split(' ').at(-1)!;
		await open(page, '/');
		const box = page.getByRole('combobox', { name: /find an event/i });
		await box.waitFor();
		await page.keyboard.press('/');
		await expect(box).toBeFocused();
		await box.fill(person);
		await expect(page.getByRole('option').first()).toBeVisible();
		const first = await page.getByRole('option').first().textContent();
		const target = story.events.find((e) => first?.includes(e.title))!;
		expect(target.people?.some((p) => p.includes(person)) || target.title.includes(person)).toBe(
			true
		);
		await box.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/events/${target.id}/$`));
		await expect(page.locator(`[id="${target.id}"]`)).toHaveAttribute('aria-current', 'step');

		const year = story.events[10].when.date.slice(0, 4);
		await box.fill(year);
		const options = page.getByRole('option');
		await expect(options.first()).toContainText(year);
		await box.press('ArrowDown');
		await box.press('ArrowUp');
		const chosen = await options.first().textContent();
		const byYear = story.events.find((e) => chosen?.includes(e.title))!;
		expect(`${byYear.when.date} ${eventDateLabel(byYear)}`).toContain(year);
		await box.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/events/${byYear.id}/$`));
		await expect(page.locator(`[id="${byYear.id}"]`)).toHaveAttribute('aria-current', 'step');
	});
});

test('find an event by a word only its text has: a source’s own spelling', async ({ page }) => {
	const words = (e: (typeof story.events)[number]) =>
		[e.summary, ...e.claims.flatMap((c) => [c.text, ...c.citations.map((q) => q.quote)])]
			.join(' ')
			.toLowerCase();
	const named = (e: (typeof story.events)[number]) =>
		[e.title, ...(e.places ?? []), ...(e.people ?? [])].join(' ').toLowerCase();
	// A spelling one article uses ("Uvda") that no event's title, places or people carry.
	const spelling = story.discrepancies
		.filter((d) => d.nature === 'spelling')
		.flatMap((d) => d.values.map((v) => v.value))
		.find(
			(v) =>
				!story.events.some((e) => named(e).includes(v.toLowerCase())) &&
				story.events.some((e) => words(e).includes(v.toLowerCase()))
		);
	expect(spelling, 'a spelling only the articles use').toBeDefined();
	const expected = story.events.filter((e) => words(e).includes(spelling!.toLowerCase()));
	await open(page, '/');
	const box = page.getByRole('combobox', { name: /find an event/i });
	await box.fill(spelling!);
	const options = page.getByRole('listbox', { name: 'Matching events' }).getByRole('option');
	await expect(options).toHaveCount(Math.min(expected.length, 8));
	for (const e of expected.slice(0, 8))
		await expect(options.filter({ hasText: e.title })).toHaveCount(1);
	await box.press('Enter');
	await expect(page.locator(`[id="${expected[0].id}"]`)).toHaveAttribute('aria-current', 'step');
});

test('the list of matches stays above the navigator, and the keys reach its last', async ({
	page
}) => {
	await open(page, '/');
	const box = page.getByRole('combobox', { name: /find an event/i });
	await box.waitFor();
	// The box low on the screen, where eight matches would run on under the navigator.
	await box.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - 0.62 * innerHeight));
	await box.fill('20'); // every event of this century
	const list = page.getByRole('listbox', { name: 'Matching events' });
	const options = list.getByRole('option');
	await expect(options).toHaveCount(8);
	const foot = await page.locator('.story-nav').evaluate((el) => el.getBoundingClientRect().top);
	const bottom = () => list.evaluate((el) => el.getBoundingClientRect().bottom);
	expect(await bottom(), 'the list ends above the navigator').toBeLessThanOrEqual(foot);
	await box.press('ArrowUp'); // from the first to the last
	await expect(options.last()).toHaveAttribute('aria-selected', 'true');
	await expect
		.poll(() => options.last().evaluate((el) => el.getBoundingClientRect().bottom))
		.toBeLessThanOrEqual(await bottom());
});

test('the disagreements page lists every substantive disagreement with all its values', async ({
	page
}) => {
	await open(page, '/disagreements/');
	const notes = page.locator('.disagree');
	const substantive = story.discrepancies.filter((d) => d.nature === 'substantive');
	await expect(notes).toHaveCount(substantive.length);
	// The events each touches are listed with its quotes.
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	for (const [i, d] of substantive.entries()) {
		await expect(notes.nth(i)).toContainText(d.topic);
		for (const v of d.values) await expect(notes.nth(i)).toContainText(v.value);
		for (const id of d.events)
			await expect(notes.nth(i).locator(`a[href$="/events/${id}/"]`)).toHaveCount(1);
	}
	await expectNoAxeViolations(page);
});
