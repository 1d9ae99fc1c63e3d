/**
 * Turns the measurements into plain text: one table of Lighthouse and scroll
 * figures (a row per metric, a column per page), one of build and page sizes at
 * each scale, and the budgets of issue 12 each marked met (✓) or not (✗), plus a
 * line of "why" per failing figure.
 */

/** Issue 12's "Done when", plus the standing accessibility budget. */
export const BUDGETS = {
	mobilePerformance: 98,
	mobileAccessibility: 100,
	lcpRatio: 1.3,
	siRatio: 1.5,
	cls: 0.005, // "CLS 0": anything that rounds to 0.00
	tbtMs: 50,
	scaledTbtMs: 100,
	htmlGzipRatio: 1.5,
	firstLoadJsKB: 45,
	scrollLongTasks: 0,
	scrollFrameP95Ms: 20,
	scaledBuildBytesRatio: 12,
	scaledBuildSecondsRatio: 12
};

const int = (n) => Math.round(n).toLocaleString('en-GB');
const fixed = (d) => (n) => n.toFixed(d);
const kB = (n) => (n / 1024).toFixed(1);
const MB = (n) => (n / 1024 / 1024).toFixed(1);
const ratio = (n) => n.toFixed(2) + '×';
const pct = (n) => (n * 100).toFixed(1) + ' %';
// Lighthouse attributes some work to pseudo-URLs such as "Unattributable".
const pathOf = (url) => (URL.canParse(url) ? new URL(url).pathname : url);

const ok = (r) => (r?.status === 'ok' ? r : null);
/** Budgets of issue 12 apply to our pages of the real story, on mobile. */
const checked1x = (page) => page.scale === 1 && !page.plain;

/**
 * Each row reads a value per page; `check(value, page)` (when set) is the budget:
 * true or false where it applies, null where it does not (plain, desktop, 10×).
 */
function lighthouseRows(preset, results) {
	const mobile = preset === 'mobile';
	const plainOf = (page) => ok(results.lighthouse[preset]?.[page.plainKey])?.median.metrics;
	const onMobile1x = (test) =>
		mobile ? (v, page) => (checked1x(page) ? test(v) : null) : undefined;
	return [
		{
			label: `${preset} performance`,
			get: (r) => r.median.scores.performance,
			fmt: String,
			budget: mobile ? `≥ ${BUDGETS.mobilePerformance}` : '',
			check: onMobile1x((v) => v >= BUDGETS.mobilePerformance)
		},
		{
			label: `${preset} accessibility`,
			get: (r) => r.median.scores.accessibility,
			fmt: String,
			budget: mobile ? String(BUDGETS.mobileAccessibility) : '',
			check: onMobile1x((v) => v >= BUDGETS.mobileAccessibility)
		},
		{
			label: `${preset} best practices`,
			get: (r) => r.median.scores['best-practices'],
			fmt: String
		},
		{ label: `${preset} SEO`, get: (r) => r.median.scores.seo, fmt: String },
		{ label: `${preset} LCP ms`, get: (r) => r.median.metrics.lcp, fmt: int },
		{
			label: `${preset} LCP ÷ plain`,
			get: (r, page) => ratioTo(r.median.metrics.lcp, plainOf(page)?.lcp),
			fmt: ratio,
			budget: mobile ? `≤ ${BUDGETS.lcpRatio}×` : '',
			check: onMobile1x((v) => v <= BUDGETS.lcpRatio)
		},
		{ label: `${preset} Speed Index ms`, get: (r) => r.median.metrics.si, fmt: int },
		{
			label: `${preset} Speed Index ÷ plain`,
			get: (r, page) => ratioTo(r.median.metrics.si, plainOf(page)?.si),
			fmt: ratio,
			budget: mobile ? `≤ ${BUDGETS.siRatio}×` : '',
			check: onMobile1x((v) => v <= BUDGETS.siRatio)
		},
		{
			label: `${preset} CLS`,
			get: (r) => r.median.metrics.cls,
			fmt: fixed(3),
			budget: mobile ? '0.00' : '',
			check: onMobile1x((v) => v < BUDGETS.cls)
		},
		{
			label: `${preset} TBT ms`,
			get: (r) => r.median.metrics.tbt,
			fmt: int,
			budget: mobile ? `≤ ${BUDGETS.tbtMs}; / at 10×: ≤ ${BUDGETS.scaledTbtMs}` : '',
			check: mobile
				? (v, page) =>
						checked1x(page)
							? v <= BUDGETS.tbtMs
							: page.scale > 1 && page.path === '/' && !page.plain
								? v <= BUDGETS.scaledTbtMs
								: null
				: undefined
		},
		{ label: `${preset} main-thread ms`, get: (r) => r.median.metrics.mainThreadMs, fmt: int },
		{ label: `${preset} DOM elements`, get: (r) => r.median.metrics.domElements, fmt: int },
		{ label: `${preset} HTML response ms`, get: (r) => r.median.metrics.serverMs, fmt: int },
		{ label: `${preset} JS kB`, get: (r) => r.median.metrics.jsBytes, fmt: kB },
		{ label: `${preset} transfer kB`, get: (r) => r.median.metrics.totalBytes, fmt: kB },
		{
			label: `${preset} transfer ÷ plain`,
			get: (r, page) => ratioTo(r.median.metrics.totalBytes, plainOf(page)?.totalBytes),
			fmt: ratio
		},
		{ label: `${preset} requests`, get: (r) => r.median.metrics.requests, fmt: String }
	].map((row) => ({ ...row, source: (results, page) => results.lighthouse[preset]?.[page.key] }));
}

const ratioTo = (value, plain) => (value != null && plain ? value / plain : null);
const onScrolled = (test) => (v, page) => (page.plain ? null : test(v));

const SCROLL_ROWS = [
	{
		label: 'scroll long tasks',
		get: (s) => s.longTasks.count,
		fmt: (n, s) => `${n} (${int(s.longTasks.totalMs)} ms)`,
		budget: '0',
		check: onScrolled((v) => v <= BUDGETS.scrollLongTasks)
	},
	{
		label: 'scroll frame p95 ms',
		get: (s) => s.frames.p95Ms,
		fmt: fixed(1),
		budget: `≤ ${BUDGETS.scrollFrameP95Ms}`,
		check: onScrolled((v) => v <= BUDGETS.scrollFrameP95Ms)
	},
	{ label: 'scroll frames > 20 ms', get: (s) => s.frames.over20Share, fmt: pct },
	{
		label: 'scroll layout shift',
		get: (s) => s.layoutShift,
		fmt: fixed(3),
		budget: '0.00',
		check: onScrolled((v) => v < BUDGETS.cls)
	},
	{
		label: 'scroll load: long tasks',
		get: (s) => s.loadLongTasks.count,
		fmt: (n, s) => `${n} (${int(s.loadLongTasks.totalMs)} ms)`
	},
	{
		label: 'scroll px / seconds',
		get: (s) => s.scrollHeight,
		fmt: (n, s) => `${int(n)} / ${(s.durationMs / 1000).toFixed(1)}`
	}
].map((row) => ({ ...row, source: (results, page) => results.scroll[page.key] }));

/** Evaluates every row against every page; rows nobody measured are left out. */
export function evaluate(results, pages) {
	const presets = Object.keys(results.lighthouse);
	return [...presets.flatMap((p) => lighthouseRows(p, results)), ...SCROLL_ROWS]
		.map((row) => {
			const cells = pages.map((page) => {
				const r = row.source(results, page);
				if (!r) return { text: '' };
				if (r.status === 'missing') return { text: 'missing' };
				if (r.status === 'error') return { text: 'error' };
				const value = row.get(r, page);
				if (value == null) return { text: '—' };
				const fails = row.check?.(value, page) === false;
				return { text: row.fmt(value, r) + (fails ? ' ✗' : ''), value, fails };
			});
			return { label: row.label, cells, budget: row.budget ?? '' };
		})
		.filter((row) => row.cells.some((c) => c.text));
}

function table(header, body, { leftColumns = 1 } = {}) {
	const widths = header.map((_, i) => Math.max(...[header, ...body].map((line) => line[i].length)));
	// Labels left, figures right-aligned so digits line up.
	const line = (cells) =>
		cells
			.map((c, i) =>
				i < leftColumns || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])
			)
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

export function renderTable(rows, pages) {
	const header = ['metric', ...pages.map((p) => p.key), 'budget'];
	const body = rows.map((r) => [r.label, ...r.cells.map((c) => c.text), r.budget]);
	const [head, rule, ...lines] = table(header, body);
	const out = [head, rule];
	// A blank line between mobile, desktop and scroll.
	lines.forEach((l, i) => {
		if (i && body[i][0].split(' ')[0] !== body[i - 1][0].split(' ')[0]) out.push('');
		out.push(l);
	});
	return out.join('\n');
}

/** Build and page bytes per scale, site beside its plain page; the last column is N× ÷ 1×. */
export function renderSizes(scales) {
	const big = scales[1];
	const cols = scales.map((s) => `${s.factor}×`);
	const header = ['size', ...cols, ...(big ? [`${big.factor}× ÷ 1×`] : []), ''];
	const row = (label, get, fmt, note = '') => {
		const values = scales.map((s) => get(s.sizes));
		const cells = values.map((v) => (v == null ? '—' : fmt(v)));
		const growth = big ? [values[0] && values[1] != null ? ratio(values[1] / values[0]) : '—'] : [];
		return [label, ...cells, ...growth, note];
	};
	const body = [
		row('events', (z) => z.events, String),
		row(
			'build seconds',
			(z) => z.buildSeconds,
			fixed(1),
			big ? `budget ≤ ${BUDGETS.scaledBuildSecondsRatio}×` : ''
		),
		row(
			'build MB',
			(z) => z.build.bytes,
			MB,
			big ? `budget ≤ ${BUDGETS.scaledBuildBytesRatio}×` : ''
		),
		row('HTML pages', (z) => z.build.htmlPages, String),
		row('index.html kB', (z) => z.index.raw, kB),
		row('index.html gzip kB', (z) => z.index.gzip, kB),
		row('plain page kB', (z) => z.plain.raw, kB),
		row('plain page gzip kB', (z) => z.plain.gzip, kB),
		row(
			'index.html gzip ÷ plain',
			(z) => z.index.gzip / z.plain.gzip,
			ratio,
			`budget ≤ ${BUDGETS.htmlGzipRatio}× (1×)`
		),
		row('event page kB', (z) => z.event?.raw, kB),
		row('event page gzip kB', (z) => z.event?.gzip, kB),
		row(
			'first-load JS gzip kB',
			(z) => z.firstLoadJs.bytes,
			kB,
			`budget ≤ ${BUDGETS.firstLoadJsKB} (1×)`
		)
	];
	return table(header, body).join('\n');
}

/**
 * One verdict per budget of issue 12: met (true), not met (false) or not
 * measured in this run (null, e.g. --pages / leaves the event page out).
 */
export function budgetVerdicts(results, pages, scale) {
	const mobile = results.lighthouse.mobile ?? {};
	const ours = pages.filter(checked1x);
	const sizes1 = results.sizes[1];
	const sizesN = scale > 1 ? results.sizes[scale] : null;
	const plainMobile = ok(mobile.plain)?.median.metrics;

	/** A per-page budget: each page's figure, met when every measured page meets it. */
	const perPage = (text, get, fmt, test) => {
		const figures = ours.map((p) => {
			const r = ok(mobile[p.key]);
			const v = r ? get(r) : null;
			return { key: p.key, v };
		});
		const measured = figures.filter((f) => f.v != null);
		const met = measured.length ? measured.every((f) => test(f.v)) : null;
		const missing = ['/', 'event', 'present', 'handout'].filter(
			(k) => !measured.some((f) => f.key === k)
		);
		return {
			budget: text,
			met,
			figures:
				measured.map((f) => `${f.key} ${fmt(f.v)}${test(f.v) ? '' : ' ✗'}`).join(', ') +
				(missing.length ? ` (not measured: ${missing.join(', ')})` : '')
		};
	};
	const single = (text, v, fmt, test) => ({
		budget: text,
		met: v == null ? null : test(v),
		figures: v == null ? 'not measured' : fmt(v)
	});

	const scrollRoot = ok(results.scroll['/']);
	const tbtRootN = ok(mobile[`/ ${scale}×`])?.median.metrics.tbt;
	return [
		perPage(
			`Mobile Lighthouse performance ≥ ${BUDGETS.mobilePerformance} on /, an event page, /present/, /handout/`,
			(r) => r.median.scores.performance,
			String,
			(v) => v >= BUDGETS.mobilePerformance
		),
		perPage(
			`TBT ≤ ${BUDGETS.tbtMs} ms (mobile)`,
			(r) => r.median.metrics.tbt,
			(v) => `${int(v)} ms`,
			(v) => v <= BUDGETS.tbtMs
		),
		perPage(
			'CLS 0 (mobile)',
			(r) => r.median.metrics.cls,
			fixed(3),
			(v) => v < BUDGETS.cls
		),
		perPage(
			`LCP ≤ ${BUDGETS.lcpRatio}× the plain page's (mobile${plainMobile ? `, plain ${int(plainMobile.lcp)} ms` : ''})`,
			(r) => ratioTo(r.median.metrics.lcp, plainMobile?.lcp),
			ratio,
			(v) => v <= BUDGETS.lcpRatio
		),
		perPage(
			`Speed Index ≤ ${BUDGETS.siRatio}× the plain page's (mobile${plainMobile ? `, plain ${int(plainMobile.si)} ms` : ''})`,
			(r) => ratioTo(r.median.metrics.si, plainMobile?.si),
			ratio,
			(v) => v <= BUDGETS.siRatio
		),
		single(
			`index.html gzipped ≤ ${BUDGETS.htmlGzipRatio}× the plain page's (${kB(sizes1.index.gzip)} kB vs ${kB(sizes1.plain.gzip)} kB)`,
			sizes1.index.gzip / sizes1.plain.gzip,
			ratio,
			(v) => v <= BUDGETS.htmlGzipRatio
		),
		single(
			`First-load JS of / ≤ ${BUDGETS.firstLoadJsKB} KB gzipped`,
			sizes1.firstLoadJs.bytes,
			(v) => `${kB(v)} kB`,
			(v) => v <= BUDGETS.firstLoadJsKB * 1024
		),
		{
			budget: `4×-throttled scroll of /: ${BUDGETS.scrollLongTasks} long tasks, p95 frame ≤ ${BUDGETS.scrollFrameP95Ms} ms, no layout shift`,
			met: scrollRoot
				? scrollRoot.longTasks.count <= BUDGETS.scrollLongTasks &&
					scrollRoot.frames.p95Ms <= BUDGETS.scrollFrameP95Ms &&
					scrollRoot.layoutShift < BUDGETS.cls
				: null,
			figures: scrollRoot
				? `${scrollRoot.longTasks.count} long tasks, p95 ${scrollRoot.frames.p95Ms?.toFixed(1)} ms, shift ${scrollRoot.layoutShift.toFixed(3)}`
				: 'not measured'
		},
		single(
			`At ${scale > 1 ? scale : 'N'}×: TBT on / ≤ ${BUDGETS.scaledTbtMs} ms (mobile)`,
			tbtRootN,
			(v) => `${int(v)} ms`,
			(v) => v <= BUDGETS.scaledTbtMs
		),
		single(
			`At ${scale > 1 ? scale : 'N'}×: build bytes ≤ ${BUDGETS.scaledBuildBytesRatio}× the 1× build`,
			sizesN ? sizesN.build.bytes / sizes1.build.bytes : null,
			(v) => `${ratio(v)} (${MB(sizesN.build.bytes)} MB vs ${MB(sizes1.build.bytes)} MB)`,
			(v) => v <= BUDGETS.scaledBuildBytesRatio
		),
		single(
			`At ${scale > 1 ? scale : 'N'}×: build time ≤ ${BUDGETS.scaledBuildSecondsRatio}× the 1× build`,
			sizesN?.buildSeconds != null && sizes1.buildSeconds != null
				? sizesN.buildSeconds / sizes1.buildSeconds
				: null,
			(v) =>
				`${ratio(v)} (${sizesN.buildSeconds.toFixed(1)} s vs ${sizes1.buildSeconds.toFixed(1)} s)`,
			(v) => v <= BUDGETS.scaledBuildSecondsRatio
		)
	];
}

export function renderBudgets(verdicts) {
	const mark = (met) => (met === true ? '✓' : met === false ? '✗' : '–');
	const lines = verdicts.map((v) => `${mark(v.met)} ${v.budget}: ${v.figures}`);
	const count = (m) => verdicts.filter((v) => v.met === m).length;
	return [
		`Budgets of issue 12: ${count(true)} met, ${count(false)} not met, ${count(null)} not measured (– ).`,
		...lines,
		'(The first-visit transfer and offline budgets are Playwright tests, not part of the bench.)'
	].join('\n');
}

/** One line per failing cell, naming what most likely caused it. */
export function explainFailures(rows, pages, results) {
	const notes = [];
	for (const row of rows) {
		row.cells.forEach((cell, i) => {
			if (!cell.fails) return;
			const page = pages[i];
			const [kind] = row.label.split(' ');
			notes.push(
				`${row.label} on ${page.key}: ${cell.text.replace(' ✗', '')} — ${cause(row.label, kind, page, results)}`
			);
		});
	}
	return notes;
}

function cause(label, kind, page, results) {
	if (kind === 'scroll') {
		const s = results.scroll[page.key];
		if (label.includes('long tasks')) {
			const worst = [...s.longTasks.entries].sort((a, b) => b.duration - a.duration).slice(0, 3);
			return `longest: ${worst.map((t) => int(t.duration) + ' ms').join(', ')} (trace the scroll handlers)`;
		}
		if (label.includes('frame'))
			return `median frame ${s.frames.p50Ms?.toFixed(1)} ms, worst ${s.frames.maxMs?.toFixed(1)} ms`;
		const bySource = new Map();
		for (const shift of s.shifts) {
			for (const src of shift.sources) bySource.set(src, (bySource.get(src) ?? 0) + shift.value);
		}
		const top = [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 3);
		return `${s.shifts.length} shifts, mostly ${top.map(([src, v]) => `${src} (${v.toFixed(3)})`).join(', ')}`;
	}
	const d = results.lighthouse[kind][page.key].diagnostics;
	const list = (audits) =>
		audits
			.slice(0, 4)
			.map((a) => a.title + (a.displayValue ? ` (${a.displayValue})` : ''))
			.join('; ') || 'no failing audit listed';
	if (label.endsWith('performance')) return list(d.failing.performance);
	if (label.endsWith('accessibility')) return list(d.failing.accessibility);
	if (label.includes('LCP') || label.includes('Speed Index')) {
		const heavy = d.heaviestRequests
			.slice(0, 2)
			.map((r) => `${pathOf(r.url)} ${kB(r.transferSize)} kB`);
		const server = results.lighthouse[kind][page.key].median.metrics.serverMs;
		return `LCP element ${d.lcpElement ?? 'unknown'}; HTML response ${server == null ? '?' : int(server)} ms; heaviest: ${heavy.join(', ')}`;
	}
	if (label.includes('TBT')) {
		const tasks = d.longTasks
			.slice(0, 3)
			.map((t) => `${int(t.duration)} ms in ${t.url ? pathOf(t.url) : 'unattributed'}`);
		return `long tasks: ${tasks.join(', ') || 'none listed'}`;
	}
	if (label.includes('CLS'))
		return (
			d.layoutShifts.map((s) => s.element ?? 'unknown').join(', ') || 'no shift element listed'
		);
	return '';
}
