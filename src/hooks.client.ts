import type { ClientInit } from '@sveltejs/kit';

/**
 * Hydration waits for the first paint. Module scripts that arrive before the parser
 * finishes (a fast connection, a warm cache) would otherwise run first, and the reader
 * would look at a blank screen for as long as the page takes to hydrate. A hidden tab
 * never paints, so it does not wait.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => {
		if (document.visibilityState === 'hidden') return resolve();
		requestAnimationFrame(() => setTimeout(resolve, 0));
	});
