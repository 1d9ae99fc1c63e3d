/**
 * Where the country names go on the locator map, worked out at build time. A country's
 * name is always shown, so it must clear every other name that can appear beside it:
 * the other countries', the seas' and any place's (shown when its event is read). Each
 * starts at its label point and, if it would run into one, moves as little as it takes
 * while still lying over that point. Sizes are estimates in map units (no fonts at
 * build time), generous so that the widest common system font still fits.
 */

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/**
 * A name's width at 12 px bold, in em per character by rough shape, as wide as DejaVu
 * Sans Bold (a common system-ui, and wider than most): the names are English words, so a
 * few classes are enough.
 */
function ems(c: string): number {
	if (/[ijlI.,' ]/.test(c)) return 0.35;
	if (/[frt-]/.test(c)) return 0.5;
	if (/[mwMW]/.test(c)) return 1;
	if (/[A-Z]/.test(c)) return 0.8;
	return 0.7;
}

/** Width of a 12 px bold name; country names add 0.03em of letter spacing a character. */
export function nameWidth(text: string, spacing = 0): number {
	return [...text].reduce((w, c) => w + (ems(c) + spacing) * 12, 0);
}

/** Country names are letter-spaced (LocatorMap's .country-label). */
export const COUNTRY_SPACING = 0.03;
/** Cap height and descender at 12 px: the ink, not the line. */
const ASCENT = 9.5;
const DESCENT = 3;
/** Clear space kept between two names. */
const GAP = 1.5;

/** The box a name takes, drawn `width` wide at (x, y) (y is its baseline) with `anchor`. */
export function textBox(x: number, y: number, width: number, anchor: Anchor): Box {
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { left, top: y - ASCENT, right: left + width, bottom: y + DESCENT };
}

export function overlaps(a: Box, b: Box, gap = GAP): boolean {
	return (
		a.left < b.right + gap &&
		b.left < a.right + gap &&
		a.top < b.bottom + gap &&
		b.top < a.bottom + gap
	);
}

/**
 * Centred positions for `labels`, placed in order (an earlier name keeps its place), clear
 * of each other and of `fixed` boxes, inside a `width` × `height` frame. A name that
 * cannot be cleared stays at its point (the unit tests say so).
 */
export function placeLabels(
	labels: { name: string; x: number; y: number }[],
	fixed: Box[],
	width: number,
	height: number
): { x: number; y: number }[] {
	const taken = [...fixed];
	return labels.map(({ name, x, y }) => {
		const w = nameWidth(name, COUNTRY_SPACING);
		// Sideways moves first (a name stays on its line), then up or down a little; never so
		// far that the name no longer lies over its point.
		const reach = Math.max(0, Math.floor(w / 2 - 4));
		const moves: [number, number][] = [];
		for (let dx = -reach; dx <= reach; dx++)
			for (const dy of [0, -3, 3, -6, 6, -9, 9]) moves.push([dx, dy]);
		moves.sort((a, b) => Math.abs(a[0]) + 2 * Math.abs(a[1]) - Math.abs(b[0]) - 2 * Math.abs(b[1]));
		for (const [dx, dy] of moves) {
			const box = textBox(x + dx, y + dy, w, 'middle');
			const inside = box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
			if (inside && !taken.some((t) => overlaps(box, t))) {
				taken.push(box);
				return { x: x + dx, y: y + dy };
			}
		}
		taken.push(textBox(x, y, w, 'middle'));
		return { x, y };
	});
}
