/**
 * The axis marks as SVG markup. A page hydrates one `{@html}` block instead of an
 * each-block per mark and lane (35 marks cost more to hydrate than the rest of the
 * graphic; 350 would cost seconds); what changes afterwards (the view, the faded
 * marks) is set on the existing elements, so CSS still glides them between views.
 */
import { escapeHtml as attr } from '$lib/html';
import { MIN_WIDTH, type AxisLayout, type AxisMark } from '$lib/time/views';

export interface MarkGeometry {
	lanes: AxisLayout['lanes'];
	/** y of the first lane's top, px */
	top: number;
	/** lane height, px */
	laneH: number;
	/** dot radius and bar half-height, px */
	r: number;
}

/** What a view decides of a mark's shape: where it starts and, for a bar, how wide it is. */
function placement(m: AxisMark, view: number): Record<string, string> {
	return m.point
		? { cx: `${m.x[view]}%` }
		: { x: `${m.x[view]}%`, width: `${Math.max(m.w[view], MIN_WIDTH)}%` };
}

const px = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The shape of a mark in the `i`-th of its lanes, in a view: a dot for a known day, else a
 * bar. A mark in a crowd (`AxisMark.stack`) is drawn in its row of the lane: the rows share
 * up to the lane's height less a gap, each no taller than a lone mark. `grow` draws it that
 * many pixels larger all round but along time (the active event's outline).
 */
export function shapeAt(
	m: AxisMark,
	view: number,
	i: number,
	g: MarkGeometry,
	grow = 0
): Record<string, string> {
	const [k, n] = m.stack?.[view]?.[i] ?? [0, 1];
	const band = n > 1 ? Math.max(2 * g.r, Math.min(g.laneH - 4, 2 * g.r * n)) : 2 * g.r;
	const h = band / n;
	const mid = g.top + m.lanes[i] * g.laneH + g.laneH / 2 - band / 2 + (k + 0.5) * h;
	return m.point
		? { ...placement(m, view), cy: px(mid), r: px(Math.min(g.r, h / 2) + grow) }
		: {
				...placement(m, view),
				y: px(mid - h / 2 - grow),
				height: px(h + 2 * grow),
				rx: px(h / 2 + grow)
			};
}

/** A mark's shapes, one per lane of its themes, as markup. */
export function shapesMarkup(m: AxisMark, view: number, g: MarkGeometry, grow = 0): string {
	return m.lanes
		.map((lane, i) => {
			const tag = m.point ? 'circle' : 'rect';
			const at = Object.entries(shapeAt(m, view, i, g, grow))
				.map(([k, v]) => `${k}="${v}"`)
				.join(' ');
			const id = attr(g.lanes[lane].id);
			return `<${tag} ${at} style="--c: var(--tl-theme-${id})" data-lane="${id}"></${tag}>`;
		})
		.join('');
}

/**
 * Every mark, each an `<a data-mark>` around its shapes: a link named by the event's
 * title when `href` is given (the story), else a plain group (the slides).
 */
export function marksMarkup(
	marks: AxisMark[],
	view: number,
	g: MarkGeometry,
	href?: (id: string) => string
): string {
	return marks
		.map((m) => {
			const link = href ? ` href="${attr(href(m.id))}" aria-label="${attr(m.title)}"` : '';
			return `<a class="mark" data-mark="${attr(m.id)}"${link}>${shapesMarkup(m, view, g)}</a>`;
		})
		.join('');
}

/**
 * Moves drawn shapes to a view: `groups` are the marks' elements, in the order of `marks`,
 * each holding its shapes in the order of its lanes.
 */
export function place(
	groups: ArrayLike<Element>,
	marks: AxisMark[],
	view: number,
	g: MarkGeometry,
	grow = 0
): void {
	for (let i = 0; i < groups.length; i++) {
		const shapes = groups[i].children;
		for (let lane = 0; lane < shapes.length; lane++) {
			const at = shapeAt(marks[i], view, lane, g, grow);
			for (const k in at) shapes[lane].setAttribute(k, at[k]);
		}
	}
}
