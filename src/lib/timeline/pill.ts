/**
 * The active event's date pill on the axis, and the year labels it would cover. Pure
 * geometry in px, so the marker and the ticks agree on where the pill is.
 */

/** ~7.6 px per character at 12 px bold (generous: system fonts vary), plus padding. */
const PILL_CHAR = 7.6;
const PILL_PAD = 14;
/** A year label is four digits: ~8 px each at 12 px (DejaVu Sans, the widest common). */
const YEAR_W = { wide: 32, compact: 29 };
/** Clear space kept between the pill and a year label left visible. */
const GAP = 3;

export interface Pill {
	/** the pill's left edge relative to its mark, px */
	left: number;
	width: number;
}

/** How a year label at `x` (% of the axis) is anchored: inwards near an edge, never cut off. */
export function tickAnchor(x: number): 'start' | 'middle' | 'end' {
	return x < 3 ? 'start' : x > 97 ? 'end' : 'middle';
}

/**
 * The pill for `date` at `x` (% of the axis). Centred on its mark and kept inside an axis
 * `axisWidth` px wide; before the axis is measured (`axisWidth` 0, on the server), it
 * leans inwards near an edge instead.
 */
export function pillFor(date: string, x: number, axisWidth = 0): Pill {
	const width = date.length * PILL_CHAR + PILL_PAD;
	if (axisWidth <= 0) return { left: x < 12 ? 0 : x > 80 ? -width : -width / 2, width };
	const at = (x / 100) * axisWidth;
	const start = Math.max(0, Math.min(at - width / 2, axisWidth - width));
	return { left: start - at, width };
}

/**
 * Whether the year label at `tickX` would sit under the pill at `pillX` (both % of an axis
 * `axisWidth` px wide), so it can be hidden rather than drawn half covered.
 */
export function underPill(
	tickX: number,
	pillX: number,
	pill: Pill,
	axisWidth: number,
	density: 'wide' | 'compact'
): boolean {
	if (axisWidth <= 0) return false;
	const w = YEAR_W[density];
	const at = (tickX / 100) * axisWidth;
	const anchor = tickAnchor(tickX);
	const from = anchor === 'start' ? at : anchor === 'end' ? at - w : at - w / 2;
	const pillFrom = (pillX / 100) * axisWidth + pill.left;
	return from < pillFrom + pill.width + GAP && from + w > pillFrom - GAP;
}
