/**
 * The order the browser asks for a page's files in. SvelteKit writes its module preloads
 * before the stylesheets; a phone on HTTP/1.1 (six connections) then fetches eight scripts
 * while the stylesheets that paint the page wait for a free connection.
 */

/** Moves every `<link rel="modulepreload">` to the end of the head, after the stylesheets. */
export function stylesBeforeScripts(html: string): string {
	const end = html.indexOf('</head>');
	if (end < 0) return html;
	const preloads: string[] = [];
	const head = html.slice(0, end).replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, (link) => {
		preloads.push(link.trim());
		return '';
	});
	return head + preloads.join('') + html.slice(end);
}
