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
export function placement(m: AxisMark, view: number): Record<string, string> {
	return m.point
		? { cx: `${m.x[view]}%` }
		: { x: `${m.x[view]}%`, width: `${Math.max(m.w[view], MIN_WIDTH)}%` };
}

const px = (n: number) => Math.round(n * 100) / 100;

/**
 * A mark's shapes, one per lane of its themes: a dot for a known day, else a bar; a bar
 * that shares its stretch of a lane with others is its stripe of the lane's band.
 */
export function shapesMarkup(m: AxisMark, view: number, g: MarkGeometry): string {
	return m.lanes
		.map((lane, i) => {
			const cy = g.top + lane * g.laneH + g.laneH / 2;
			const common = `style="--c: var(--tl-theme-${attr(g.lanes[lane].id)})" data-lane="${attr(g.lanes[lane].id)}"`;
			const at = Object.entries(placement(m, view))
				.map(([k, v]) => `${k}="${v}"`)
				.join(' ');
			return m.point
				? `<circle ${at} cy="${cy}" r="${g.r}" ${common}></circle>`
				: bar(at, cy, g.r, m.stack?.[i] ?? [0, 1], common);
		})
		.join('');
}

function bar(at: string, cy: number, r: number, [k, n]: [number, number], common: string) {
	const h = (r * 2) / n;
	return `<rect ${at} y="${px(cy - r + k * h)}" height="${px(h)}" rx="${px(h / 2)}" ${common}></rect>`;
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

/** Moves drawn shapes to a view: `groups` are the marks' elements, in the order of `marks`. */
export function place(groups: ArrayLike<Element>, marks: AxisMark[], view: number): void {
	for (let i = 0; i < groups.length; i++) {
		const at = placement(marks[i], view);
		for (const shape of groups[i].children) {
			for (const k in at) shape.setAttribute(k, at[k]);
		}
	}
}
