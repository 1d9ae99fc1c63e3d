/** Stepping through the story: which event is next and previous, and the keys that ask. */

export function neighbours(
	ids: string[],
	current: string | null
): { previous: string | null; next: string | null } {
	const at = current ? ids.indexOf(current) : -1;
	// From the intro (or a step hidden by a filter) "next" is the first step.
	if (at < 0) return { previous: null, next: ids[0] ?? null };
	return { previous: ids[at - 1] ?? null, next: ids[at + 1] ?? null };
}

/** j and k, as in many readers: keys that do not fight the browser's own scrolling keys. */
export function stepKey(
	e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>
): 'next' | 'previous' | null {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
	const t = e.target as Element | null;
	if (t?.closest?.('input, textarea, select, [contenteditable]')) return null;
	if (e.key === 'j') return 'next';
	if (e.key === 'k') return 'previous';
	return null;
}
