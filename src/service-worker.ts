/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for classrooms: on first visit, precache the whole build (app code, static
 * files and every prerendered page), then serve from the cache first. A new build
 * gets a new cache name, and the old one is dropped when it activates.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `timeline-${version}`;
// Not for readers: _headers is read by the host, never served; social cards are for link previews.
const ASSETS = [...build, ...files, ...prerendered].filter(
	(p) => !p.endsWith('/_headers') && !p.startsWith(`${base}/cards/`)
);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached under their path ("/events/x/"); ignore ?source= and the like.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch {
				return (
					(await cache.match(`${url.pathname.replace(/\/?$/, '/')}`)) ??
					(await cache.match(`${base}/404.html`)) ??
					Response.error()
				);
			}
		})()
	);
});
