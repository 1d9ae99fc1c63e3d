/**
 * What the service worker precaches on a first visit: the start page and exactly the
 * code, styles, data and icon it loads (read from its HTML), not the whole site. Everything
 * else is cached as it is visited, or all at once by "Save for offline".
 */

/** Same-origin scripts, styles, preloaded data and icons a page's HTML links to, in order, once each. */
export function shellFromHtml(html: string): string[] {
	const urls = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = /\brel="([^"]*)"/i.exec(tag)?.[1] ?? '';
		const href = /\bhref="([^"]*)"/i.exec(tag)?.[1];
		if (!href || !/^\//.test(href) || href.startsWith('//')) continue;
		if (/\b(modulepreload|preload|stylesheet|icon)\b/i.test(rel)) urls.add(href);
	}
	return [...urls];
}

/** The messages the page and the service worker exchange (see src/service-worker.ts). */
export type ToWorker =
	| { type: 'skip-waiting' }
	/** progress comes back on the transferred port as OfflineProgress messages */
	| { type: 'save-offline' }
	| { type: 'saved?' };

export interface OfflineProgress {
	done: number;
	total: number;
	/** the whole site is in the cache */
	complete: boolean;
	error?: string;
}
