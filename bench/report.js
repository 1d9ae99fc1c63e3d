/**
 * Turns the measurements into one plain-text table (a row per metric, a column
 * per page, then the budget and its result) plus a line of "why" per failure.
 */

export const BUDGETS = {
	mobilePerformance: 100,
	mobileAccessibility: 100,
	lcpRatio: 1.3,
	cls: 0.005, // "CLS 0.00": anything that rounds to 0.00
	tbtMs: 0,
	scrollLongTasks: 0,
	scrollFrameP95Ms: 20
};

const int = (n) => Math.round(n).toLocaleString('en-GB');
const fixed = (d) => (n) => n.toFixed(d);
const kB = (n) => (n / 1024).toFixed(1);
const ratio = (n) => n.toFixed(2) + '×';
const pct = (n) => (n * 100).toFixed(1) + ' %';
// Lighthouse attributes some work to pseudo-URLs such as "Unattributable".
const pathOf = (url) => (URL.canParse(url) ? new URL(url).pathname : url);

/**
 * Each row reads a value per page; `pass` (when set) is the budget, checked on
 * our pages only: the plain page is the yardstick, not the product.
 */
function lighthouseRows(preset, plain) {
	const mobile = preset === 'mobile';
	const plainLcp = plain?.median.metrics.lcp;
	const plainBytes = plain?.median.metrics.totalBytes;
	return [
		{
			label: `${preset} performance`,
			get: (r) => r.median.scores.performance,
			fmt: String,
			...(mobile && { budget: '100', pass: (v) => v >= BUDGETS.mobilePerformance })
		},
		{
			label: `${preset} accessibility`,
			get: (r) => r.median.scores.accessibility,
			fmt: String,
			...(mobile && { budget: '100', pass: (v) => v >= BUDGETS.mobileAccessibility })
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
			get: (r) => (plainLcp ? r.median.metrics.lcp / plainLcp : null),
			fmt: ratio,
			budget: `≤ ${BUDGETS.lcpRatio}×`,
			pass: (v) => v <= BUDGETS.lcpRatio
		},
		{
			label: `${preset} CLS`,
			get: (r) => r.median.metrics.cls,
			fmt: fixed(3),
			budget: '0.00',
			pass: (v) => v < BUDGETS.cls
		},
		{
			label: `${preset} TBT ms`,
			get: (r) => r.median.metrics.tbt,
			fmt: int,
			budget: '0',
			pass: (v) => Math.round(v) <= BUDGETS.tbtMs
		},
		{ label: `${preset} HTML response ms`, get: (r) => r.median.metrics.serverMs, fmt: int },
		{ label: `${preset} JS kB`, get: (r) => r.median.metrics.jsBytes, fmt: kB },
		{ label: `${preset} total kB`, get: (r) => r.median.metrics.totalBytes, fmt: kB },
		{
			label: `${preset} total ÷ plain`,
			get: (r) => (plainBytes ? r.median.metrics.totalBytes / plainBytes : null),
			fmt: ratio
		},
		{ label: `${preset} requests`, get: (r) => r.median.metrics.requests, fmt: String }
	].map((row) => ({ ...row, source: (results, page) => results.lighthouse[preset]?.[page] }));
}

const SCROLL_ROWS = [
	{
		label: 'scroll long tasks',
		get: (s) => s.longTasks.count,
		fmt: (n, s) => `${n} (${int(s.longTasks.totalMs)} ms)`,
		budget: 'none',
		pass: (v) => v <= BUDGETS.scrollLongTasks
	},
	{
		label: 'scroll frame p95 ms',
		get: (s) => s.frames.p95Ms,
		fmt: fixed(1),
		budget: `≤ ${BUDGETS.scrollFrameP95Ms}`,
		pass: (v) => v <= BUDGETS.scrollFrameP95Ms
	},
	{ label: 'scroll frames > 20 ms', get: (s) => s.frames.over20Share, fmt: pct },
	{
		label: 'scroll layout shift',
		get: (s) => s.layoutShift,
		fmt: fixed(3),
		budget: '0.00',
		pass: (v) => v < BUDGETS.cls
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
].map((row) => ({ ...row, source: (results, page) => results.scroll[page] }));

/** Evaluates every row against every page; returns the rows and the budget verdicts. */
export function evaluate(results, pages) {
	const plainMobile = ok(results.lighthouse.mobile?.plain);
	const plainDesktop = ok(results.lighthouse.desktop?.plain);
	const rows = [
		...lighthouseRows('mobile', plainMobile),
		...lighthouseRows('desktop', plainDesktop),
		...SCROLL_ROWS
	].map((row) => {
		const cells = pages.map((page) => {
			const r = row.source(results, page.key);
			if (!r) return { text: '' };
			if (r.status === 'missing') return { text: 'missing' };
			if (r.status === 'error') return { text: 'error' };
			const value = row.get(r);
			if (value == null) return { text: '—' };
			const fails = row.pass && page.key !== 'plain' && !row.pass(value);
			return { text: row.fmt(value, r) + (fails ? ' ✗' : ''), value, fails };
		});
		const checked = cells.filter((c, i) => row.pass && pages[i].key !== 'plain' && 'value' in c);
		const result = !row.pass
			? ''
			: !checked.length
				? 'n/a'
				: checked.some((c) => c.fails)
					? 'FAIL'
					: 'PASS';
		return { label: row.label, cells, budget: row.budget ?? '', result };
	});
	return rows;
}

const ok = (r) => (r?.status === 'ok' ? r : null);

export function renderTable(rows, pages) {
	const header = ['metric', ...pages.map((p) => p.key), 'budget', 'result'];
	const body = rows.map((r) => [r.label, ...r.cells.map((c) => c.text), r.budget, r.result]);
	const widths = header.map((_, i) => Math.max(...[header, ...body].map((line) => line[i].length)));
	// Labels left, figures right-aligned so digits line up.
	const line = (cells) =>
		cells
			.map((c, i) =>
				i === 0 || i >= cells.length - 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])
			)
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	const out = [line(header), rule];
	let section = '';
	for (const row of body) {
		const s = row[0].split(' ')[0];
		if (section && s !== section) out.push('');
		section = s;
		out.push(line(row));
	}
	return out.join('\n');
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
				`${row.label} on ${page.path}: ${cell.text.replace(' ✗', '')} — ${cause(row.label, kind, page, results)}`
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
	if (label.includes('LCP')) {
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
