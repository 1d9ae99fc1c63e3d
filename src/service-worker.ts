/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Fresh when online, usable offline, cheap on a first visit.
 * - First visit: precache only the start page and what it loads (its "shell").
 * - Pages and data: network first, so a correction deployed is seen at once; the
 *   copy is kept, and served when the network is gone.
 * - Build files (/_app/immutable/, never change): cache first, kept as they are used.
 * - "Save for offline" (a message from the page): fetch the whole site, with progress.
 * - A new build installs beside the old one and waits: open tabs are never taken over;
 *   the page tells the reader and switches only when they choose to reload.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { shellFromHtml, type OfflineProgress, type ToWorker } from '$lib/offline/shell';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `timeline-${version}`;
/** A cache entry that records the reader's "Save for offline", carried across builds. */
const SAVED = `${base}/__saved-for-offline`;
const IMMUTABLE = `${base}/_app/immutable/`;
/** Asked by the page to learn about new builds: always from the network. */
const VERSION_FILE = `${base}/_app/version.json`;
// Not for readers: _headers is read by the host, never served; social cards are for link previews.
const EVERYTHING = [...new Set([...build, ...files, ...prerendered])].filter(
	(p) => !p.endsWith('/_headers') && !p.startsWith(`${base}/cards/`)
);

async function wasSaved(): Promise<boolean> {
	for (const key of await caches.keys()) {
		if (await (await caches.open(key)).match(SAVED)) return true;
	}
	return false;
}

async function precacheShell(cache: Cache) {
	const start = `${base}/`;
	const response = await fetch(start);
	if (!response.ok) throw new Error(`${start}: ${response.status}`);
	await cache.put(start, response.clone());
	await cache.addAll(shellFromHtml(await response.text()));
}

/** Everything the build has, a few at a time, skipping what is already cached. */
async function saveAll(cache: Cache, progress: (p: OfflineProgress) => void = () => {}) {
	const todo = [...EVERYTHING];
	let done = 0;
	const total = todo.length;
	const worker = async () => {
		for (let url = todo.shift(); url !== undefined; url = todo.shift()) {
			if (!(await cache.match(url))) await cache.add(url);
			progress({ done: ++done, total, complete: false });
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
	await cache.put(SAVED, new Response(new Date().toISOString()));
	progress({ done, total, complete: true });
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// A reader who saved the site keeps it saved across builds.
			if (await wasSaved()) await saveAll(cache);
			else await precacheShell(cache);
		})()
	);
	// No skipWaiting(): tabs open on the old build keep it until the reader reloads.
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
	);
});

sw.addEventListener('message', (event) => {
	const message = event.data as ToWorker;
	const port = event.ports[0];
	if (message?.type === 'skip-waiting') void sw.skipWaiting();
	else if (message?.type === 'saved?') {
		event.waitUntil(
			caches
				.open(CACHE)
				.then((c) => c.match(SAVED))
				.then((hit) => port?.postMessage({ saved: !!hit }))
		);
	} else if (message?.type === 'save-offline') {
		event.waitUntil(
			caches
				.open(CACHE)
				.then((cache) => saveAll(cache, (p) => port?.postMessage(p)))
				.catch((e: Error) =>
					port?.postMessage({ done: 0, total: 0, complete: false, error: e.message })
				)
		);
	}
});

/** A page the reader has not visited, asked for without a network. */
function offlinePage(): Response {
	const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><main style="max-width:36rem;margin:3rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.5"><h1>You are offline</h1><p>This page was not saved on this device. Pages you have opened before still work, and “Save for offline” on the slides or the handout keeps the whole story.</p><p><a href="${base}/">Back to the story</a></p></main></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname === VERSION_FILE) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (url.pathname.startsWith(IMMUTABLE)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
				const response = await fetch(request);
				if (response.ok) void cache.put(url.pathname, response.clone());
				return response;
			}
			// Pages are kept under their path ("/events/x/"), whatever their ?source= or #id.
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic')
					event.waitUntil(cache.put(url.pathname, response.clone()));
				return response;
			} catch (e) {
				const hit = await cache.match(url.pathname, { ignoreSearch: true });
				if (hit) return hit;
				if (request.mode !== 'navigate') throw e;
				// With the whole site saved, a page not in the cache does not exist.
				const missing = (await cache.match(SAVED)) && (await cache.match(`${base}/404.html`));
				return missing
					? new Response(missing.body, { status: 404, headers: missing.headers })
					: offlinePage();
			}
		})()
	);
});
