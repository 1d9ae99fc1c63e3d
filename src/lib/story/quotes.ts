/**
 * Quote checking: a citation must be the source's own words. We forgive only what a
 * copy-paste changes (runs of whitespace, typographic quote marks and apostrophes);
 * anything else — a dropped word, a fixed typo — is a different quote.
 */

/** Collapse whitespace and straighten quote marks, nothing more. */
export function normaliseQuote(s: string): string {
	return s
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/[\s\u00A0]+/g, ' ')
		.trim();
}

export function quoteIsIn(quote: string, sourceText: string): boolean {
	return normaliseQuote(sourceText).includes(normaliseQuote(quote));
}

/**
 * The passage of the source most like a quote that was not found, to show the
 * editor what they probably meant: the longest prefix that does occur, extended
 * to the quote's length.
 */
export function closestPassage(quote: string, sourceText: string): string | null {
	const q = normaliseQuote(quote);
	const t = normaliseQuote(sourceText);
	let lo = 0;
	let hi = q.length;
	let at = -1;
	// Binary search on prefix length: if a prefix occurs, every shorter one does too.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		const i = t.indexOf(q.slice(0, mid));
		if (i >= 0) {
			lo = mid;
			at = i;
		} else hi = mid - 1;
	}
	if (lo < Math.min(8, q.length) || at < 0) {
		// No useful prefix: try the longest suffix instead.
		let best = -1;
		let len = 0;
		for (let n = q.length - 1; n >= 8; n--) {
			const i = t.indexOf(q.slice(q.length - n));
			if (i >= 0) {
				best = i - (q.length - n);
				len = n;
				break;
			}
		}
		if (len === 0) return null;
		return t.slice(Math.max(0, best), Math.max(0, best) + q.length);
	}
	return t.slice(at, at + q.length);
}
