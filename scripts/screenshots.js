/**
 * npm run screenshots: pictures of the built site at 390×844 and 1440×900 (the
 * intro, a middle step, the bibliography, a slide, the handout) into docs/screenshots/,
 * to look at as a reader would. Needs a build (npm run build) and Chromium.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROME_ARGS, chromePath } from './chrome.ts';

const PORT = 4391;
const BASE = `http://127.0.0.1:${PORT}`;
const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
const middle = story.events[Math.floor(story.events.length / 2)].id;

const server = spawn('node', ['scripts/serve.js', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
try {
	for (const [name, viewport, mobile] of [
		['desktop', { width: 1440, height: 900 }, false],
		['mobile', { width: 390, height: 844 }, true]
	]) {
		const page = await browser.newPage({ viewport, isMobile: mobile, hasTouch: mobile });
		const shot = async (what) => {
			await page.waitForTimeout(700);
			await page.screenshot({ path: `docs/screenshots/${name}-${what}.png` });
		};
		await page.goto(`${BASE}/`);
		await shot('intro');
		await page.goto(`${BASE}/events/${middle}/`);
		await shot('middle-step');
		await page.goto(`${BASE}/`);
		await page.locator('#sources').scrollIntoViewIfNeeded();
		await shot('bibliography');
		await page.goto(`${BASE}/present/${middle}/`);
		await shot('slide');
		await page.goto(`${BASE}/handout/`);
		await shot('handout');
		await page.close();
	}
	console.log('wrote docs/screenshots/');
} finally {
	await browser.close();
	server.kill();
}
