/**
 * The axis as the browser sees it: precomputed views (see scale.ts) and which one
 * the active event calls for. No d3 here; this ships to readers.
 */

export interface AxisTick {
	year: number;
	/** position in each view, % of the plot width */
	x: number[];
	/** labelled in each view, on a wide or a compact axis */
	wide: boolean[];
	compact: boolean[];
}

export interface AxisMark {
	id: string;
	/** what a link to the event is called, and the active marker's date */
	title: string;
	date: string;
	/** one mark in the lane of each of the event's themes, so no lane with events is empty */
	lanes: number[];
	/** a single known day: drawn as a dot; anything else as a bar over its whole stretch */
	point: boolean;
	/** start of the event, ms since the epoch (UTC) */
	start: number;
	/** left edge and width in each view, % of the plot width */
	x: number[];
	w: number[];
	/**
	 * Per view, per lane (as `lanes`), `[k, n]`: the k-th of n rows a crowd of marks is split
	 * into in that lane, so that a mark drawn over by later ones can still be seen and pointed
	 * at (see scale.ts `stacked`). `[0, 1]` is the lane's own row; absent when every view
	 * draws the mark there.
	 */
	stack?: [number, number][][];
}

export interface AxisLayout {
	/** view 0 is the whole story; the others are the crowded stretches it zooms into */
	views: { start: number; end: number }[];
	lanes: { id: string; label: string }[];
	/** `years`: the era's span in short ("2016–20"), its name where the title does not fit */
	eras: { id: string; title: string; years: string; x: number[]; w: number[] }[];
	marks: AxisMark[];
	ticks: AxisTick[];
}

/**
 * The view for the active event: the stretch it starts in, else the whole story.
 * A pure function of the event, so a deep link, a slide and a scroll all agree.
 */
export function viewFor(
	layout: Pick<AxisLayout, 'views' | 'marks'>,
	activeId: string | null
): number {
	const mark = activeId ? layout.marks.find((m) => m.id === activeId) : undefined;
	if (!mark) return 0;
	const v = layout.views.findIndex((r, i) => i > 0 && mark.start >= r.start && mark.start < r.end);
	return v > 0 ? v : 0;
}

/** Smallest drawn width, in % of the plot, so a month or a season stays visible. */
export const MIN_WIDTH = 0.7;
