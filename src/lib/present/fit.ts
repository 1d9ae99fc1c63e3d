/**
 * How much room a slide's text takes, in ems of the slide's type, estimated from the
 * text alone. The slide's type scales with the screen (1 em is 1/60 of a 16:9 screen's
 * width), so a slide that fits one 16:9 screen fits them all; the estimates are
 * deliberately generous (wide DejaVu-like glyphs) and a browser test checks every
 * slide at 1920×1080, 1366×768 and 1280×720. Keep in step with the slide CSS.
 */
import type { Citation, Claim } from '../story/schema';
import { STATUS_LABELS } from '../story/labels';

/** Width of the slide's text column, in ems (60 em screen minus 2 × 2.4 em margins). */
export const TEXT_WIDTH = 55;
/** Average advance of a character, in ems (generous: wide sans and serif faces). */
const CHAR = 0.5;
/** Line height of body text, claims and quotes. */
export const LEADING = 1.3;
/**
 * Height left for an event's body on the smallest screen (1280×720: 31 em of stage
 * above the navigation bar) once the date line, a one-line title and the axis are
 * placed, with a margin for the estimate's errors.
 */
export const BODY_BUDGET = 20;

const lines = (chars: number, width = TEXT_WIDTH, size = 1) =>
	Math.max(1, Math.ceil((chars * CHAR * size) / width));

/** Extra height of a title (1.5 em, bold) that needs more than one line. */
export function titleExtra(title: string): number {
	return (lines(title.length * 1.08, TEXT_WIDTH, 1.5) - 1) * 1.5 * 1.15;
}

export function summaryCost(summary: string, width = TEXT_WIDTH): number {
	return lines(summary.length, width) * LEADING + 0.5;
}

/** A claim's statement with its status badge, and the citations shown with it. */
export function claimCost(claim: Claim, citations: Citation[] = [], width = TEXT_WIDTH): number {
	// The badge: 0.75 em uppercase with padding, about as wide as its label at full size.
	const badge = STATUS_LABELS[claim.status].length + 2;
	const statement = lines(badge + claim.text.length, width) * LEADING + 0.5;
	return statement + citations.reduce((n, c) => n + quoteCost(c, width), 0);
}

/** Sizes a slide's body may be set at, largest first: text for the back of the room. Few
 * steps, so that neighbouring slides differ visibly or not at all. */
const SCALES = [1.4, 1.2];

/**
 * The largest size a slide's body can take and still fit `budget`: at `s` times the type,
 * the column holds `TEXT_WIDTH / s` ems of it and every line is `s` times as tall. `cost`
 * gives the body's height at a column width, in ems of the body's own type.
 */
export function bodyScale(cost: (width: number) => number, budget: number): number {
	return SCALES.find((s) => s * cost(TEXT_WIDTH / s) <= budget) ?? 1;
}

/** A quote in full (with its marks) and its source's label beneath it. */
export function quoteCost(citation: Citation, width = TEXT_WIDTH): number {
	return lines(citation.quote.length + 2, width - 1) * LEADING + 0.8 * LEADING + 0.6;
}

/** Columns for a disagreement's values: side by side, at most three to a row. */
export const disagreementColumns = (n: number) => (n <= 3 ? n : n === 4 ? 2 : 3);

/** Height of a disagreement's values laid out in rows of side-by-side columns. */
export function disagreementRows(values: { value: string; citations: Citation[] }[]): number {
	const cols = disagreementColumns(values.length);
	const width = (TEXT_WIDTH - (cols - 1) * 1.5) / cols;
	let total = 0;
	for (let i = 0; i < values.length; i += cols) {
		const row = values.slice(i, i + cols).map(
			(v) =>
				// the value at 1.25 em, bold, then each quote with its label
				lines(v.value.length * 1.1, width, 1.25) * 1.25 * 1.2 +
				0.4 +
				v.citations.reduce((n, c) => n + quoteCost(c, width), 0)
		);
		total += Math.max(...row) + 1;
	}
	return total;
}
