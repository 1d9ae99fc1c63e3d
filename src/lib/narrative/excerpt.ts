/** Shorten a quote at a word, marking the cut with an ellipsis; null when it is short enough. */
export function excerpt(quote: string, max: number): string | null {
	if (quote.length <= max) return null;
	const cut = quote.slice(0, max);
	return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '') + ' …';
}
