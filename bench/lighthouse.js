/**
 * Lighthouse 12 through its Node API, against one Chromium started by
 * chrome-launcher. Runs are sequential: on a 2-core machine parallel runs would
 * steal CPU from each other and skew every metric.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Mobile is Lighthouse's default config (Moto G Power, simulated slow 4G, 4× CPU). */
export const PRESETS = { mobile: undefined, desktop: desktopConfig };

export async function launchChrome(chromePath, flags) {
	// handleSIGINT off: the caller cleans up on every exit path, signals included.
	const chrome = await launch({
		chromePath,
		chromeFlags: flags,
		logLevel: 'silent',
		handleSIGINT: false
	});
	const info = await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then((r) => r.json());
	return { chrome, version: info.Browser };
}

/**
 * Enough for the performance score (its five weighted metrics), the byte counts,
 * DOM size, main-thread work and what explains them (LCP element, long tasks,
 * shifts, requests), all read from the trace Lighthouse records anyway.
 * Accessibility, best-practices and SEO don't vary between runs, and their
 * gatherers (a11y tree, every anchor) cost 5–10 s on our pages and time out on a
 * 10× page, so only a 1× page's first run is complete; every other run is this.
 */
const METRICS_ONLY = [
	'first-contentful-paint',
	'speed-index',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'server-response-time',
	'resource-summary',
	'dom-size',
	'mainthread-work-breakdown',
	'largest-contentful-paint-element',
	'long-tasks',
	'layout-shifts',
	'network-requests'
];

/** One Lighthouse run; returns the figures we report plus what explains them. */
export async function runLighthouse(port, url, preset, { metricsOnly = false } = {}) {
	const result = await lighthouse(
		url,
		{
			port,
			logLevel: 'error',
			output: 'json',
			// No full-page screenshot: it costs seconds per run and we never look at it.
			disableFullPageScreenshot: true,
			...(metricsOnly && { onlyAudits: METRICS_ONLY })
		},
		PRESETS[preset]
	);
	const lhr = result?.lhr;
	if (!lhr) throw new Error('Lighthouse returned no result');
	if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	return summarise(lhr);
}

function summarise(lhr) {
	const audit = (id) => lhr.audits[id];
	const resources = audit('resource-summary')?.details?.items ?? [];
	const byType = (type) => resources.find((r) => r.resourceType === type) ?? {};
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [
			c,
			lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)
		])
	);
	return {
		scores,
		metrics: {
			lcp: audit('largest-contentful-paint')?.numericValue ?? null,
			cls: audit('cumulative-layout-shift')?.numericValue ?? null,
			tbt: audit('total-blocking-time')?.numericValue ?? null,
			fcp: audit('first-contentful-paint')?.numericValue ?? null,
			si: audit('speed-index')?.numericValue ?? null,
			domElements: audit('dom-size')?.numericValue ?? null,
			mainThreadMs: audit('mainthread-work-breakdown')?.numericValue ?? null,
			// The HTML's response time feeds every paint metric; serve.js compresses per request.
			serverMs: audit('server-response-time')?.numericValue ?? null,
			jsBytes: byType('script').transferSize ?? 0,
			totalBytes: byType('total').transferSize ?? 0,
			requests: byType('total').requestCount ?? 0
		},
		benchmarkIndex: lhr.environment.benchmarkIndex,
		diagnostics: diagnose(lhr)
	};
}

/** What to look at when a budget fails: failing audits, the LCP element, the heaviest requests. */
function diagnose(lhr) {
	const failing = {};
	for (const c of CATEGORIES) {
		failing[c] = (lhr.categories[c]?.auditRefs ?? [])
			.map((ref) => lhr.audits[ref.id])
			.filter(
				(a) =>
					a &&
					a.score !== null &&
					a.score < 1 &&
					!['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode)
			)
			.map((a) => ({
				id: a.id,
				title: a.title,
				score: a.score,
				displayValue: a.displayValue ?? null
			}));
	}
	const lcpItems = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
	const lcpNode = lcpItems[0]?.items?.[0]?.node;
	const requests = lhr.audits['network-requests']?.details?.items ?? [];
	return {
		failing,
		lcpElement: lcpNode ? (lcpNode.selector ?? lcpNode.snippet) : null,
		heaviestRequests: [...requests]
			.sort((a, b) => b.transferSize - a.transferSize)
			.slice(0, 5)
			.map((r) => ({ url: r.url, resourceType: r.resourceType, transferSize: r.transferSize })),
		layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? [])
			.slice(0, 3)
			.map((s) => ({ element: s.node?.selector ?? s.node?.snippet ?? null, score: s.score })),
		longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
			.slice(0, 5)
			.map((t) => ({ url: t.url, startTime: t.startTime, duration: t.duration }))
	};
}
