import { defineConfig, devices } from '@playwright/test';
import { BASE_URL, PORT } from './tests/ports';
import { CHROME_ARGS, chromePath } from './scripts/chrome';

// Servers wait on the port, not a page: variant builds appear only after globalSetup.
const serve = (dir: string, port: number, base = '') => ({
	command: `node scripts/serve.js ${dir} ${port}`,
	port,
	env: { BASE_PATH: base },
	reuseExistingServer: !process.env.CI
});

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.spec\.ts/,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	// axe over a page of 35 illustrated steps takes a while on 2 cores.
	timeout: 180_000,
	use: {
		baseURL: BASE_URL,
		launchOptions: {
			executablePath: chromePath(),
			args: CHROME_ARGS
		}
	},
	globalSetup: './tests/global-setup.ts',
	webServer: [
		serve('build', PORT),
		serve('build-sub', PORT + 1, '/story'),
		serve('build-hostile', PORT + 2),
		serve('build-site', PORT + 3),
		// Another origin, to embed the site in an iframe.
		serve('tests/fixtures/embed-host', PORT + 4)
	],
	projects: [
		{
			name: 'desktop',
			testIgnore: /touch\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }
		},
		{
			name: 'mobile',
			testIgnore: [/print\.spec\.ts/, /\.build\.spec\.ts/],
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		}
	]
});
