/**
 * The throttled scroll run: what a reader on a mid-range phone feels while
 * scrolling the whole story. Lighthouse only looks at the load; this looks at
 * the long tasks, dropped frames and layout shifts that scrolling causes.
 */
import { chromium } from '@playwright/test';

const VIEWPORT = { width: 390, height: 844 };
const CPU_SLOWDOWN = 4;
const STEP_PX = 120;
const STEP_MS = 32; // a notch every two frames at 60 Hz: a brisk, steady read-through
const CHECK_EVERY = 8;
const MAX_SCROLL_MS = 120_000; // a page that never reaches its bottom must not hang the run

/**
 * Installed before any page script: buffered observers catch entries from the
 * very start, and a rAF loop records frame timestamps while `recording` is on.
 */
function instrument() {
	const describe = (node) => {
		if (!node) return 'removed node';
		if (node.nodeType !== 1)
			return node.parentElement ? describe(node.parentElement) + ' text' : node.nodeName;
		return (
			node.tagName.toLowerCase() +
			(node.id ? '#' + node.id : '') +
			(node.classList[0] ? '.' + node.classList[0] : '')
		);
	};
	const bench = (window.__bench = { longTasks: [], shifts: [], frames: [], recording: false });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput) continue;
			// Name the shifted nodes so a failure points at an element, not just a number.
			const sources = (e.sources ?? []).map(({ node }) => describe(node));
			bench.shifts.push({ start: e.startTime, value: e.value, sources });
		}
	}).observe({ type: 'layout-shift', buffered: true });
	bench.start = () => {
		bench.recording = true;
		const tick = (t) => {
			bench.frames.push(t);
			if (bench.recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		return performance.now();
	};
	bench.stop = () => {
		bench.recording = false;
		return performance.now();
	};
}

const percentile = (sorted, p) =>
	sorted.length
		? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
		: null;

export async function launchScrollBrowser(executablePath, flags) {
	return chromium.launch({ executablePath, args: flags });
}

export async function scrollRun(browser, url) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
		// Let hydration and the first observers settle so the scroll window holds only scroll work.
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);

		await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
		const start = await page.evaluate(() => window.__bench.start());
		const deadline = Date.now() + MAX_SCROLL_MS;
		let steps = 0;
		let lastY = -1;
		// Wheel at a steady pace until the bottom. Position checks are round trips to a
		// throttled renderer, so only every few steps; a page that stops moving ends the run.
		for (;;) {
			const stepStart = Date.now();
			await page.mouse.wheel(0, STEP_PX);
			steps++;
			if (steps % CHECK_EVERY === 0) {
				const { y, bottom } = await page.evaluate(() => ({
					y: scrollY,
					bottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 2
				}));
				if (bottom) break;
				if (y === lastY) throw new Error(`scrolling stopped moving at ${y}px`);
				if (Date.now() > deadline)
					throw new Error(`not at the bottom after ${MAX_SCROLL_MS / 1000} s (at ${y}px)`);
				lastY = y;
			}
			await page.waitForTimeout(Math.max(0, STEP_MS - (Date.now() - stepStart)));
		}
		// Smooth scrolling may still be animating the last notches.
		await page.waitForTimeout(500);
		const end = await page.evaluate(() => window.__bench.stop());
		const raw = await page.evaluate(() => ({
			longTasks: window.__bench.longTasks,
			shifts: window.__bench.shifts,
			frames: window.__bench.frames,
			scrollHeight: document.documentElement.scrollHeight,
			reachedBottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 2
		}));
		return summarise(raw, start, end, steps);
	} finally {
		await context.close();
	}
}

function summarise(raw, start, end, steps) {
	const inScroll = (e) => e.start >= start && e.start <= end;
	const scrollTasks = raw.longTasks.filter(inScroll);
	const loadTasks = raw.longTasks.filter((e) => e.start < start);
	const frames = raw.frames.filter((t) => t >= start && t <= end);
	const intervals = frames.slice(1).map((t, i) => t - frames[i]);
	const sorted = [...intervals].sort((a, b) => a - b);
	const sum = (xs, key) => xs.reduce((s, x) => s + x[key], 0);
	return {
		durationMs: end - start,
		steps,
		scrollHeight: raw.scrollHeight,
		reachedBottom: raw.reachedBottom,
		longTasks: {
			count: scrollTasks.length,
			totalMs: sum(scrollTasks, 'duration'),
			entries: scrollTasks
		},
		loadLongTasks: { count: loadTasks.length, totalMs: sum(loadTasks, 'duration') },
		frames: {
			count: intervals.length,
			p50Ms: percentile(sorted, 50),
			p95Ms: percentile(sorted, 95),
			maxMs: sorted.at(-1) ?? null,
			over20Share: intervals.length
				? intervals.filter((d) => d > 20).length / intervals.length
				: null
		},
		layoutShift: sum(raw.shifts.filter(inScroll), 'value'),
		shifts: raw.shifts.filter(inScroll)
	};
}
