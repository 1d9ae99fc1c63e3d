/** The trigger line, as a fraction of the screen's height from its top: a step whose top has
 * passed it is the one being read. */
export const READING_LINE = 0.45;

/**
 * Which step is active, from positions alone: the last step whose top has passed
 * the trigger line. A fast scroll or an anchor jump crosses several steps between
 * two frames, so every crossing the scroller sees is answered by this function rather
 * than trusted. `end` is the bottom of the last step: above the
 * trigger, no step is active. Tops grow with the index (the steps are in reading
 * order), so a binary search reads about log2(count) of them: a long story's scroll
 * does not measure every step at each crossing.
 */
export function activeIndexAt(
	count: number,
	topAt: (index: number) => number,
	trigger: number,
	end = Infinity
): number {
	// Past the last step's bottom the reader has left the steps for what follows them.
	if (end < trigger) return -1;
	let lo = 0;
	let hi = count;
	// Invariant: every step before lo has passed the trigger; none from hi on has.
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (topAt(mid) <= trigger) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}
