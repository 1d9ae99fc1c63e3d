/**
 * Shorten a quote at words, marking each cut with an ellipsis; null when it is short enough.
 *
 * With `focus` (what the excerpt is for: an event's date, title and summary, the first
 * weighing most), the excerpt is the stretch of the quote that shares most with it, not
 * always the opening: articles
 * often open a quote with its setting ("According to Haaretz, …") and state the fact last,
 * and one quote may stand behind several events, each of which needs its own part of it.
 * Always an exact, contiguous part of the quote.
 */
export function excerpt(quote: string, max: number, focus: string[] = []): string | null {
	if (quote.length <= max) return null;
	const words = [...quote.matchAll(/\S+/g)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		key: keyOf(m[0])
	}));
	const weight = new Map<string, number>();
	focus.forEach((text, i) => {
		for (const m of text.matchAll(/\S+/g)) {
			const key = keyOf(m[0]);
			if (key && !weight.has(key)) weight.set(key, focus.length - i);
		}
	});
	const worth = (i: number) => weight.get(words[i].key) ?? 0;
	// Every run of whole words that fits, scored by the focus words it holds; the earliest wins a tie.
	let best = { from: 0, to: 0, score: -1 };
	for (let from = 0, to = 0, score = 0; from < words.length; from++) {
		if (to < from) [to, score] = [from, 0];
		while (to < words.length && words[to].end - words[from].start <= max) score += worth(to++);
		if (score > best.score) best = { from, to, score };
		if (to > from) score -= worth(from);
	}
	if (best.to <= best.from) best = { from: 0, to: 1, score: 0 };
	const text = quote.slice(words[best.from].start, words[best.to - 1].end).replace(/[,;:.]$/, '');
	return (best.from > 0 ? '… ' : '') + text + (best.to < words.length ? ' …' : '');
}

/** A word as it is compared: lower case, letters and digits; short function words don't count. */
function keyOf(word: string): string {
	const key = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	return key.length > 3 || /^\d+$/.test(key) ? key : '';
}
