/**
 * Performance benchmark: builds the site, serves it compressed like a CDN next to
 * a plain-HTML version of the same story (the limit), measures both with
 * Lighthouse (mobile + desktop) and a throttled Playwright scroll, weighs the
 * builds, prints the figures and the budgets of issue 12 and writes
 * bench/results.json. With --scale N it does the same for a generated story of
 * N× the events beside its own plain page. See bench/README.md.
 *
 *   npm run bench [-- --scale 10] [-- --runs 1 --pages / --presets mobile] [-- --no-build]
 *
 * Exits 0 even when budgets fail (it is a report); non-zero only when it cannot
 * measure at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, constants, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { killAll as killChrome } from 'chrome-launcher';
import { launchChrome, runLighthouse, PRESETS } from '../bench/lighthouse.js';
import { writePlainPage } from '../bench/plain-page.ts';
import {
	budgetVerdicts,
	evaluate,
	explainFailures,
	renderBudgets,
	renderSizes,
	renderTable
} from '../bench/report.js';
import { writeScaledStory } from '../bench/scale-story.ts';
import { precompressDir } from './precompress.js';
import { launchScrollBrowser, scrollRun } from '../bench/scroll.js';
import { dirStats, firstLoadJs, pageBytes } from '../bench/sizes.js';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, chromePath } from './chrome.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
// Lighthouse needs a binary: $CHROME_PATH, Playwright's own browser or Debian's.
const CHROME_PATH = chromePath() ?? chromium.executablePath();
const CHROME_FLAGS = ['--headless=new', ...CHROME_ARGS];
const PAGE_KEYS = ['/', 'event', 'present', 'handout'];

const USAGE = `usage: npm run bench -- [options]
  --runs N          Lighthouse runs per page and preset, median per metric (default 3)
  --quick           same as --runs 1
  --pages LIST      our pages to measure, comma-separated from ${PAGE_KEYS.join(',')} (default all;
                    the plain page is always measured)
  --presets LIST    mobile,desktop (default both)
  --scale N         also build and measure a story of N× the events (e.g. 10)
  --scale-presets L presets for the N× pages (default mobile: the only one with N× budgets)
  --no-scroll       skip the throttled scroll run
  --no-build        measure the existing build/ (and the scaled build of a previous --scale run)`;

const { values: opts } = (() => {
	try {
		return parseArgs({
			options: {
				runs: { type: 'string' },
				quick: { type: 'boolean' },
				pages: { type: 'string' },
				presets: { type: 'string' },
				'scale-presets': { type: 'string' },
				scale: { type: 'string' },
				'no-scroll': { type: 'boolean' },
				'no-build': { type: 'boolean' },
				help: { type: 'boolean' }
			}
		});
	} catch (e) {
		fail(`${e.message}\n${USAGE}`);
	}
})();
if (opts.help) {
	console.log(USAGE);
	process.exit(0);
}
const RUNS = opts.quick ? 1 : Number(opts.runs ?? 3);
const SCALE = Number(opts.scale ?? 1);
const BUILD = !opts['no-build'];
const list = (value, allowed, what) => {
	const items = value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const bad = items.filter((s) => !allowed.includes(s));
	if (bad.length || !items.length)
		fail(`unknown ${what} ${bad.join(', ')} (use ${allowed.join(', ')})`);
	return items;
};
const SELECTED = opts.pages ? list(opts.pages, PAGE_KEYS, 'page') : PAGE_KEYS;
const PRESET_KEYS = opts.presets
	? list(opts.presets, Object.keys(PRESETS), 'preset')
	: Object.keys(PRESETS);
const SCALE_PRESETS = opts['scale-presets']
	? list(opts['scale-presets'], Object.keys(PRESETS), 'preset')
	: ['mobile'];
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a whole number ≥ 1`);
if (!Number.isInteger(SCALE) || SCALE < 1) fail(`--scale must be a whole number ≥ 1`);

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

/** `npx vite build` with extra env; returns its wall-clock seconds. */
function timedBuild(env, label) {
	log(`building ${label}: npx vite build`);
	const t = process.hrtime.bigint();
	const build = spawnSync('npx', ['vite', 'build'], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (build.status !== 0)
		fail(
			`the ${label} build failed (exit ${build.status}); fix it, or pass --no-build to measure the existing build`
		);
	const seconds = Number(process.hrtime.bigint() - t) / 1e9;
	log(`built ${label} in ${seconds.toFixed(1)} s`);
	return seconds;
}

/** Build figures for one scale: the whole output, its pages, and the plain page beside it. */
async function weigh({ dir, plainDir, eventId, buildSeconds, story }) {
	return {
		events: story.events.length,
		buildSeconds,
		build: await dirStats(dir),
		index: await pageBytes(join(dir, 'index.html')),
		event: await pageBytes(join(dir, 'events', eventId, 'index.html')),
		plain: await pageBytes(join(plainDir, 'index.html')),
		firstLoadJs: await firstLoadJs(dir)
	};
}

const middle = (story) => story.events[Math.floor(story.events.length / 2)].id;

// 1×: the real story in build/.
const story = JSON.parse(await readFile(join(ROOT, 'data', 'story.json'), 'utf8'));
const scales = [
	{
		factor: 1,
		suffix: '',
		dir: join(ROOT, 'build'),
		plainDir: join(BENCH, 'plain'),
		story,
		buildSeconds: BUILD ? timedBuild({}, '1× (data/story.json)') : null
	}
];
await access(join(ROOT, 'build', 'index.html')).catch(() =>
	fail('build/index.html is missing; run without --no-build')
);

// N×: a generated story in a folder of its own that outlives the run, so --no-build
// can measure it again without another multi-minute build.
if (SCALE > 1) {
	const key = createHash('sha256').update(ROOT).digest('hex').slice(0, 8);
	const work = join(tmpdir(), `timeline-bench-${SCALE}x-${key}`);
	const file = join(work, 'story.json');
	const dir = join(work, 'build');
	let buildSeconds = null;
	if (BUILD) {
		await rm(work, { recursive: true, force: true });
		await mkdir(work, { recursive: true });
		const scaled = writeScaledStory(join(ROOT, 'data', 'story.json'), SCALE, file);
		log(`${file}: ${scaled.events.length} events, ${scaled.discrepancies.length} disagreements`);
		const check = spawnSync('npx', ['tsx', 'scripts/validate.ts', file], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		if (check.status !== 0) fail(`the ${SCALE}× story does not validate:\n${check.stderr}`);
		buildSeconds = timedBuild({ STORY_FILE: file, BUILD_DIR: dir }, `${SCALE}×`);
	}
	await access(join(dir, 'index.html')).catch(() =>
		fail(`${dir}/index.html is missing; run --scale ${SCALE} without --no-build`)
	);
	scales.push({
		factor: SCALE,
		suffix: ` ${SCALE}×`,
		dir,
		plainDir: join(work, 'plain'),
		story: JSON.parse(await readFile(file, 'utf8')),
		buildSeconds
	});
}

for (const s of scales) {
	await writePlainPage(s.story, s.plainDir);
	precompressDir(s.plainDir); // served like the build: precompressed
	s.eventId = middle(s.story);
	s.sizes = await weigh(s);
}

// Serve a copy of build/: a rebuild during the benchmark (tests, dev work) would
// otherwise swap files under Lighthouse and mix two builds in one report. The
// scaled build is ours alone and too large to copy.
snapshot = await mkdtemp(join(tmpdir(), 'bench-build-'));
await cp(join(ROOT, 'build'), snapshot, { recursive: true });
const PAGES = [];
for (const s of scales) {
	const site = await serve(s.factor === 1 ? snapshot : s.dir);
	const plain = await serve(s.plainDir);
	const paths = {
		'/': '/',
		event: `/events/${s.eventId}/`,
		present: '/present/',
		handout: '/handout/'
	};
	for (const key of SELECTED)
		PAGES.push({
			key: key + s.suffix,
			path: paths[key],
			origin: site,
			scale: s.factor,
			plainKey: 'plain' + s.suffix
		});
	PAGES.push({
		key: 'plain' + s.suffix,
		path: '/',
		origin: plain,
		scale: s.factor,
		plain: true,
		label: s.factor === 1 ? 'bench/plain/' : `plain page of the ${s.factor}× story`
	});
}
for (const p of PAGES) p.url = p.origin + p.path;

const results = {
	timestamp: new Date().toISOString(),
	node: process.version,
	chromium: null,
	lighthouse: {},
	scroll: {},
	sizes: Object.fromEntries(scales.map((s) => [s.factor, s.sizes])),
	versions: {
		lighthouse: createRequire(import.meta.url)('lighthouse/package.json').version,
		playwright: createRequire(import.meta.url)('@playwright/test/package.json').version
	},
	options: {
		runs: RUNS,
		aggregate: 'median per metric',
		built: BUILD,
		scale: SCALE,
		pages: SELECTED,
		presets: PRESET_KEYS,
		scalePresets: SCALE > 1 ? SCALE_PRESETS : null,
		scroll: !opts['no-scroll']
	},
	pages: PAGES.map(({ key, path, url, scale }) => ({ key, path, url, scale }))
};

// Lighthouse: one Chrome for all runs (Lighthouse resets storage before each
// navigation); a page that 404s, like a route not built yet, is reported missing.
const { chrome, version } = await launchChrome(CHROME_PATH, CHROME_FLAGS).catch((e) =>
	fail(`could not start Chromium at ${CHROME_PATH} (${e.message}); set CHROME_PATH`)
);
results.chromium = version;
log(`Lighthouse ${results.versions.lighthouse} on ${version}, ${RUNS} run(s) per page and preset`);
try {
	for (const preset of new Set([...PRESET_KEYS, ...(SCALE > 1 ? SCALE_PRESETS : [])])) {
		results.lighthouse[preset] = {};
		for (const page of PAGES) {
			if (!(page.scale > 1 ? SCALE_PRESETS : PRESET_KEYS).includes(preset)) continue;
			results.lighthouse[preset][page.key] = await measurePage(chrome.port, page, preset);
		}
	}
} finally {
	await chrome.kill();
}

// The scroll run reads the 1× story page against its plain page; at 10× a scroll to
// the bottom would take minutes and no budget asks for it.
const scrollPages = opts['no-scroll']
	? []
	: PAGES.filter((p) => p.scale === 1 && (p.key === '/' || p.key === 'plain'));
if (scrollPages.length) {
	const browser = await launchScrollBrowser(CHROME_PATH, CHROME_FLAGS).catch((e) =>
		fail(`Playwright could not start Chromium at ${CHROME_PATH} (${e.message.split('\n')[0]})`)
	);
	try {
		for (const page of scrollPages) {
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
}

const measured = Object.values(results.lighthouse).some((byPage) =>
	Object.values(byPage).some((r) => r.status === 'ok')
);
if (!measured) fail('no Lighthouse run succeeded; see the errors above');

const rows = evaluate(results, PAGES);
const failures = explainFailures(rows, PAGES, results);
const verdicts = budgetVerdicts(results, PAGES, SCALE);
results.budgets = verdicts;
results.durationSeconds = Math.round((Date.now() - started) / 1000);
await writeFile(join(BENCH, 'results.json'), JSON.stringify(results, null, '\t') + '\n');

// Only the event and plain pages need naming; the others say what they are.
const named = PAGES.filter((p) => p.key.startsWith('event') || p.plain)
	.map((p) => `${p.key} = ${p.label ?? p.path}`)
	.join(', ');
console.log(`
Pages: ${named}.
Lighthouse ${results.versions.lighthouse}, ${version}; median per metric of ${RUNS} run(s).
${scrollPages.length ? `Scroll: / and plain at 390×844, 4× CPU, wheel 120 px every ~32 ms to the bottom.\n` : ''}✗ marks a figure over budget (budgets apply to our mobile pages, not to plain).
`);
console.log(renderTable(rows, PAGES));
console.log('\n' + renderSizes(scales));
console.log('\n' + renderBudgets(verdicts));
if (failures.length) console.log(`\nWhy it fails:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(
	`\nFigures move with machine load; compare runs from the same machine. Wrote bench/results.json in ${elapsed()}.`
);
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
	// serve.js compresses a file once per encoding and caches it, as a CDN does: warm
	// both, so no run times a brotli-11 pass over a multi-megabyte page.
	for (const encoding of ['br', 'gzip'])
		// Best effort: a page the server cannot answer in time is then Lighthouse's error to report.
		await fetch(page.url, { headers: { 'accept-encoding': encoding } })
			.then((r) => r.arrayBuffer())
			.catch((e) => log(`warming ${page.key} (${encoding}) failed: ${e.cause?.code ?? e.message}`));
	const runs = [];
	const errors = [];
	// One spare attempt absorbs a transient failure without risking the time limit.
	for (let attempt = 1; runs.length < RUNS && attempt <= RUNS + 1; attempt++) {
		const t = Date.now();
		const label = `lighthouse ${preset} ${page.key} ${runs.length + 1}/${RUNS}`;
		try {
			const run = await runLighthouse(port, page.url, preset, {
				// After a failed complete run (its audits time out on a loaded machine), settle for the metrics.
				metricsOnly: runs.length > 0 || page.scale > 1 || errors.length > 0
			});
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
		// The first run is the complete one (at 1×): its audits explain the figures.
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
