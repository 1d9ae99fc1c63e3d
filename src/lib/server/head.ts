/**
 * When the browser asks for a page's scripts. SvelteKit writes its module preloads at the
 * top of the head, so on a slow connection eight scripts share the bandwidth with the
 * stylesheets and the HTML that paint the page (measured: LCP 1.8 s against 1.2 s with
 * them at the end). At the end of the body they are found once the content has arrived,
 * and still all at once, so the scripts load in parallel rather than one import after
 * another. The page reads and works without them (links are links). The shared data the
 * script reads (story-data.json, deck.json) waits with them.
 */

/** What only the script needs: its modules and the shared data it reads (`as="fetch"`). */
const FOR_SCRIPT = /<link\b[^>]*\brel="(?:modulepreload|preload"[^>]*\bas="fetch)"[^>]*>\s*/g;

/** Moves every module preload and data preload to the end of the body. */
export function scriptsAfterContent(html: string): string {
	const end = html.lastIndexOf('</body>');
	if (end < 0) return html;
	const preloads: string[] = [];
	const rest = html.slice(0, end).replace(FOR_SCRIPT, (link) => {
		preloads.push(link.trim());
		return '';
	});
	return rest + preloads.join('') + html.slice(end);
}
