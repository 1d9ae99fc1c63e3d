/**
 * Which Chromium to drive, and how, for tests, the benchmark and screenshots:
 * $CHROME_PATH if set; else Playwright's own browser when installed; else
 * Debian's /usr/bin/chromium (browsers cannot be downloaded on our machines).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromePath(): string | undefined {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		/* no bundled browser */
	}
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * --no-sandbox: Debian's Chromium will not start as root without it (CI containers).
 * The rest keep a closed network quiet: no background fetches that fail by the dozen.
 */
export const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
