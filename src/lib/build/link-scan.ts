/**
 * SvelteKit's router, as it starts and after every navigation, reads every link on the
 * page (its URL and six `data-sveltekit-*` options on each of its ancestors) to find
 * the ones to preload when they scroll into view or at once. This site asks for neither
 * (links preload on hover), yet the scan of the story's 490 links took 50–70 ms of the
 * first task at 4× CPU, and as long again after each move between events. The patch
 * skips the scan when no element has a `data-sveltekit-preload-code` option at all, the
 * only way to ask for `viewport` or `eager`; a page with any such option is scanned as before.
 */
import type { Plugin } from 'vite';

const CLIENT = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const SCAN = `function after_navigate() {
		observer.disconnect();
`;
// Any preload-code option on the page (most may not ask for a scan) keeps SvelteKit's scan.
const GUARD = `
		if (!container.querySelector('[data-sveltekit-preload-code]')) return;
`;

/** The client's source with the guard in place; throws if SvelteKit's code has moved on. */
export function patchLinkScan(code: string): string {
	const at = code.indexOf(SCAN);
	if (at < 0 || code.indexOf(SCAN, at + 1) >= 0)
		throw new Error(
			'link-scan patch: SvelteKit’s after_navigate() is not where src/lib/build/link-scan.ts ' +
				'expects it (a new @sveltejs/kit?). Check whether the scan still reads every link, ' +
				'then update or remove the patch.'
		);
	return code.slice(0, at + SCAN.length) + GUARD + code.slice(at + SCAN.length);
}

export function linkScanPlugin(): Plugin {
	return {
		name: 'kit-link-scan',
		enforce: 'pre',
		transform(code, id) {
			if (!CLIENT.test(id.split('?')[0])) return null;
			return { code: patchLinkScan(code), map: null };
		}
	};
}
