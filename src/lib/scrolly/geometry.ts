/**
 * Which step is active, from positions alone: the last step whose top has passed
 * the trigger line. scrollama's enter/exit events can arrive skipped or out of
 * order on fast scrolls and anchor jumps, so the final word is this function.
 * `end` is the bottom of the last step: above the trigger, no step is active.
 */
export function activeIndexAt(tops: number[], trigger: number, end = Infinity): number {
	// Past the last step's bottom the reader has left the steps for what follows them.
	if (end < trigger) return -1;
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i] <= trigger) active = i;
		else break;
	}
	return active;
}
