/** "Did you mean…" for links to events that do not exist. Loaded only on that path. */

function words(s: string): string[] {
	return s
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 1);
}

/**
 * Events whose id or title best matches a mistyped id, for "did you mean…".
 * Scores shared words, with a bonus for shared numbers (years are the usual hint).
 */
export function nearestEvents<T extends { id: string; title: string }>(
	wanted: string,
	events: T[],
	count = 3
): T[] {
	const w = new Set(words(wanted));
	const scored = events.map((e, i) => {
		const mine = new Set([...words(e.id), ...words(e.title)]);
		let score = 0;
		for (const x of w) {
			if (mine.has(x)) score += /^\d+$/.test(x) ? 2 : 1;
			else if ([...mine].some((m) => m.length > 3 && (m.startsWith(x) || x.startsWith(m))))
				score += 0.5;
		}
		return { e, score, i };
	});
	return scored
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.slice(0, count)
		.map((s) => s.e);
}
