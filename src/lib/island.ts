/**
 * Islands: parts of a page that hydrate after it, each in a task of its own, from code of
 * their own. The page's load renders an island on the server into `locals.islands`
 * (`$lib/story/page-data`), and the hook writes it into the island's empty host
 * (`<div data-island="name"></div>`) once the page is rendered, so the page's own
 * hydration never walks it; `Island.svelte` adopts it a task later. The sticky graphic is
 * one: hydrating it with the page made the first task twice as long (90 of 190 ms at 4×
 * CPU).
 */
export const ISLAND_ATTR = 'data-island';

/** The sticky graphic's island (`$lib/timeline/GraphicPanel.svelte`). */
export const GRAPHIC_ISLAND = 'graphic';

/**
 * The short handout's tables and questions (`$lib/handout/HandoutTables.svelte`): markup the
 * page's HTML carries and the browser never hydrates, so the page neither serializes the
 * story for it nor walks it (its hydration was 200 of the page's 300 ms at 4× CPU).
 */
export const HANDOUT_TABLES = 'handout-tables';

/** An empty island host in server-rendered HTML, as Svelte writes it. */
const hostPattern = (name: string) =>
	new RegExp(`(<div[^>]*\\s${ISLAND_ATTR}="${name}"[^>]*>)(</div>)`);

/** The page's HTML with the island's markup in its host; without that host, a clear error. */
export function fillIsland(html: string, name: string, markup: string): string {
	const pattern = hostPattern(name);
	if (!pattern.test(html)) throw new Error(`island "${name}": no empty host in the page`);
	return html.replace(pattern, (_, open: string, close: string) => `${open}${markup}${close}`);
}

/** Every island's markup in its host. */
export function fillIslands(html: string, islands: Record<string, string> = {}): string {
	return Object.entries(islands).reduce(
		(out, [name, markup]) => fillIsland(out, name, markup),
		html
	);
}
