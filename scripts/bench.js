/**
 * Performance benchmark: builds the site, serves it compressed like a CDN next to
 * a plain-HTML version of the same story (the limit), measures both with
 * Lighthouse (mobile + desktop) and a throttled Playwright scroll, prints one
 * table against the budgets and writes bench/results.json. See bench/README.md.
 *
 *   npm run bench [-- --quick] [-- --no-build]
 *
 * Exits 0 even when budgets fail (it is a report); non-zero only when it cannot
 * measure at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, constants, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killAll as killChrome } from 'chrome-launcher';
import { launchChrome, runLighthouse, PRESETS } from '../bench/lighthouse.js';
import { writePlainPage } from '../bench/plain-page.js';
import { precompressDir } from './precompress.js';
import { evaluate, explainFailures, renderTable } from '../bench/report.js';
import { launchScrollBrowser, scrollRun } from '../bench/scroll.js';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, chromePath } from './chrome.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
// Lighthouse needs a binary: $CHROME_PATH, Playwright's own browser or Debian's.
const CHROME_PATH = chromePath() ?? chromium.executablePath();
const CHROME_FLAGS = ['--headless=new', ...CHROME_ARGS];

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--quick', '--no-build'].includes(a));
if (unknown.length) fail(`unknown option ${unknown.join(' ')} (use --quick, --no-build)`);
const RUNS = args.has('--quick') ? 1 : 3;

// Servers, the Lighthouse Chrome (started detached) and the build snapshot must not
// outlive us, however we exit.
const children = [];
let snapshot = null;
process.on('exit', () => {
	children.forEach((c) => c.exitCode === null && c.kill());
	killChrome();
	if (snapshot) rmSync(snapshot, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function fail(message) {
	console.error(`bench: ${message}`);
	process.exit(1);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (msg) => console.log(`[${elapsed().padStart(5)}] ${msg}`);

await access(CHROME_PATH, constants.X_OK).catch(() =>
	fail(
		`Chromium not found or not executable at ${CHROME_PATH}; set CHROME_PATH to a Chrome/Chromium binary`
	)
);

if (!args.has('--no-build')) {
	log('building: npx vite build');
	const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (build.status !== 0)
		fail(
			`the build failed (exit ${build.status}); fix it, or pass --no-build to measure the existing build/`
		);
}
await access(join(ROOT, 'build', 'index.html')).catch(() =>
	fail('build/index.html is missing; run without --no-build')
);

const story = JSON.parse(await readFile(join(ROOT, 'data', 'story.json'), 'utf8'));
await writePlainPage(story, join(BENCH, 'plain'));
precompressDir(join(BENCH, 'plain')); // served like the build: precompressed
const middleEvent = story.events[Math.floor(story.events.length / 2)].id;

// Serve a copy of build/: a rebuild during the benchmark (tests, dev work) would
// otherwise swap files under Lighthouse and mix two builds in one report.
snapshot = await mkdtemp(join(tmpdir(), 'bench-build-'));
await cp(join(ROOT, 'build'), snapshot, { recursive: true });
const site = await serve(snapshot);
const plain = await serve(join(BENCH, 'plain'));
const PAGES = [
	{ key: '/', path: '/', origin: site },
	{ key: 'event', path: `/events/${middleEvent}/`, origin: site },
	{ key: 'present', path: '/present/', origin: site },
	{ key: 'handout', path: '/handout/', origin: site },
	{ key: 'plain', path: '/', origin: plain, label: 'bench/plain/' }
].map((p) => ({ ...p, url: p.origin + p.path }));

const results = {
	timestamp: new Date().toISOString(),
	node: process.version,
	chromium: null,
	lighthouse: {},
	scroll: {},
	versions: {
		lighthouse: createRequire(import.meta.url)('lighthouse/package.json').version,
		playwright: createRequire(import.meta.url)('@playwright/test/package.json').version
	},
	options: { runs: RUNS, aggregate: 'median per metric', built: !args.has('--no-build') },
	pages: PAGES.map(({ key, path, url }) => ({ key, path, url }))
};

// Lighthouse: one Chrome for all runs (Lighthouse resets storage before each
// navigation); a page that 404s, like a route not built yet, is reported missing.
const { chrome, version } = await launchChrome(CHROME_PATH, CHROME_FLAGS).catch((e) =>
	fail(`could not start Chromium at ${CHROME_PATH} (${e.message}); set CHROME_PATH`)
);
results.chromium = version;
log(`Lighthouse ${results.versions.lighthouse} on ${version}, ${RUNS} run(s) per page and preset`);
try {
	for (const preset of Object.keys(PRESETS)) {
		results.lighthouse[preset] = {};
		for (const page of PAGES) {
			results.lighthouse[preset][page.key] = await measurePage(chrome.port, page, preset);
		}
	}
} finally {
	await chrome.kill();
}

const browser = await launchScrollBrowser(CHROME_PATH, CHROME_FLAGS).catch((e) =>
	fail(`Playwright could not start Chromium at ${CHROME_PATH} (${e.message.split('\n')[0]})`)
);
try {
	for (const page of PAGES.filter((p) => p.key === '/' || p.key === 'plain')) {
		try {
			results.scroll[page.key] = {
				status: 'ok',
				url: page.url,
				...(await scrollRun(browser, page.url))
			};
			const s = results.scroll[page.key];
			log(
				`scroll ${page.key}: ${s.longTasks.count} long tasks, p95 frame ${s.frames.p95Ms?.toFixed(1)} ms, ${(s.durationMs / 1000).toFixed(1)} s`
			);
		} catch (e) {
			results.scroll[page.key] = { status: 'error', url: page.url, error: e.message };
			log(`scroll ${page.key}: error: ${e.message}`);
		}
	}
} finally {
	await browser.close();
}

const measured = Object.values(results.lighthouse).some((byPage) =>
	Object.values(byPage).some((r) => r.status === 'ok')
);
if (!measured) fail('no Lighthouse run succeeded; see the errors above');

const rows = evaluate(results, PAGES);
const failures = explainFailures(rows, PAGES, results);
results.budgets = rows
	.filter((r) => r.result)
	.map((r) => ({ metric: r.label, budget: r.budget, result: r.result }));
results.durationSeconds = Math.round((Date.now() - started) / 1000);
await writeFile(join(BENCH, 'results.json'), JSON.stringify(results, null, '\t') + '\n');

console.log(`
Pages: ${PAGES.map((p) => `${p.key} = ${p.label ?? p.path}`).join(', ')}
Lighthouse ${results.versions.lighthouse}, ${version}; median per metric of ${RUNS} run(s).
Scroll: ${PAGES[0].path} and plain at 390×844, 4× CPU, wheel 120 px every ~32 ms to the bottom.
✗ marks a figure over budget (budgets apply to our pages, not to plain).
`);
console.log(renderTable(rows, PAGES));
console.log(
	failures.length
		? `\nWhy it fails:\n${failures.map((f) => `  - ${f}`).join('\n')}`
		: '\nAll budgets pass.'
);
console.log(`\nWrote bench/results.json in ${elapsed()}.`);
// The servers' pipes would keep Node alive; exiting runs the cleanup above.
process.exit(0);

async function measurePage(port, page, preset) {
	const status = await fetch(page.url).then(
		(r) => r.status,
		(e) => `unreachable (${e.message})`
	);
	if (status === 404) {
		log(`lighthouse ${preset} ${page.path}: 404, reported as missing`);
		return { status: 'missing', url: page.url };
	}
	const runs = [];
	const errors = [];
	// One spare attempt absorbs a transient failure without risking the time limit.
	for (let attempt = 1; runs.length < RUNS && attempt <= RUNS + 1; attempt++) {
		const t = Date.now();
		const label = `lighthouse ${preset} ${page.key} ${runs.length + 1}/${RUNS}`;
		try {
			const run = await runLighthouse(port, page.url, preset, { metricsOnly: runs.length > 0 });
			runs.push(run);
			log(
				`${label}: perf ${run.scores.performance}, LCP ${Math.round(run.metrics.lcp)} ms, TBT ${Math.round(run.metrics.tbt)} ms (${((Date.now() - t) / 1000).toFixed(1)} s)`
			);
		} catch (e) {
			errors.push(e.message);
			log(`${label}: error: ${e.message}`);
		}
	}
	if (!runs.length) return { status: 'error', url: page.url, httpStatus: status, errors };
	return {
		status: 'ok',
		url: page.url,
		median: {
			scores: medianOf(runs.map((r) => r.scores)),
			metrics: medianOf(runs.map((r) => r.metrics))
		},
		// Only the complete first run has the audits that explain the figures.
		diagnostics: runs[0].diagnostics,
		runs: runs.map(({ scores, metrics, benchmarkIndex }) => ({ scores, metrics, benchmarkIndex })),
		errors
	};
}

/** Median of each key across runs, independently (so figures may come from different runs). */
function medianOf(objects) {
	return Object.fromEntries(
		Object.keys(objects[0]).map((key) => {
			const values = objects
				.map((o) => o[key])
				.filter((v) => v != null)
				.sort((a, b) => a - b);
			if (!values.length) return [key, null];
			const mid = values.length >> 1;
			return [key, values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2];
		})
	);
}

/** Starts scripts/serve.js on a free port and resolves to its origin once it answers. */
async function serve(dir) {
	const port = await freePort();
	const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.js'), dir, String(port)], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	children.push(child);
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const origin = `http://127.0.0.1:${port}`;
	for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
		if (child.exitCode !== null) fail(`serve.js exited for ${dir}: ${stderr.trim()}`);
		if (
			await fetch(origin + '/').then(
				() => true,
				() => false
			)
		)
			return origin;
		await new Promise((r) => setTimeout(r, 100));
	}
	fail(`serve.js did not answer on ${origin} within 10 s`);
}

function freePort() {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolvePort(port));
		});
	});
}
