/**
 * The page's side of the service worker: learn about a new build, switch to it when the
 * reader chooses, and save the whole site for offline use with progress.
 * The worker itself is src/service-worker.ts, registered here.
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { updated } from '$app/state';
import type { OfflineProgress, ToWorker } from './shell';

const supported = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/**
 * Register the worker once the page has loaded, as SvelteKit's own registration would.
 * Ours, not SvelteKit's: its boot script listens for `load`, and now that the boot script
 * runs after the first paint (src/lib/server/head.ts) `load` may already have fired.
 */
export function register() {
	if (!supported()) return;
	const go = () =>
		void navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {});
	if (document.readyState === 'complete') go();
	else addEventListener('load', go, { once: true });
}

/** Send a message to a worker and receive its replies on a private channel. */
function ask(worker: ServiceWorker, message: ToWorker, onReply: (data: unknown) => void) {
	const channel = new MessageChannel();
	channel.port1.onmessage = (e) => onReply(e.data);
	worker.postMessage(message, [channel.port2]);
}

async function activeWorker(): Promise<ServiceWorker | null> {
	if (!supported()) return null;
	return (await navigator.serviceWorker.ready).active;
}

/** Has this device saved the whole site? */
export async function isSaved(): Promise<boolean> {
	const worker = await activeWorker();
	if (!worker) return false;
	return new Promise((resolve) =>
		ask(worker, { type: 'saved?' }, (d) => resolve(!!(d as { saved?: boolean }).saved))
	);
}

/** Fetch every page and file of the build into the cache; progress as it goes. */
export async function saveForOffline(onProgress: (p: OfflineProgress) => void): Promise<void> {
	const worker = await activeWorker();
	if (!worker) throw new Error('This browser cannot keep pages offline.');
	return new Promise((resolve, reject) =>
		ask(worker, { type: 'save-offline' }, (d) => {
			const p = d as OfflineProgress;
			if (p.error) return reject(new Error(p.error));
			onProgress(p);
			if (p.complete) resolve();
		})
	);
}

/**
 * Calls `onUpdate` once a newer build is deployed: asked when the reader comes back to
 * the tab, comes back online, and every few minutes. A new build installs its worker
 * beside the old one; nothing changes on screen until the reader reloads.
 */
export function watchForUpdates(onUpdate: () => void, everyMs = 5 * 60_000): () => void {
	let told = false;
	const tell = () => {
		if (!told) onUpdate();
		told = true;
	};
	const check = async () => {
		if (told) return;
		const reg = supported() ? await navigator.serviceWorker.getRegistration() : undefined;
		// A worker waiting behind the one in charge of this tab is a new build.
		if (reg?.waiting && navigator.serviceWorker.controller) tell();
		try {
			await reg?.update();
			if (await updated.check()) tell();
		} catch {
			/* offline or the host is down: ask again later */
		}
	};
	const onVisible = () => document.visibilityState === 'visible' && void check();
	document.addEventListener('visibilitychange', onVisible);
	addEventListener('online', check);
	const timer = setInterval(check, everyMs);
	return () => {
		document.removeEventListener('visibilitychange', onVisible);
		removeEventListener('online', check);
		clearInterval(timer);
	};
}

/** Reload into the new build: let its waiting worker take over first, if there is one. */
export async function reloadToUpdate(): Promise<void> {
	const reg = supported() ? await navigator.serviceWorker.getRegistration() : undefined;
	if (reg?.waiting && navigator.serviceWorker.controller) {
		const switched = new Promise((r) =>
			navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })
		);
		reg.waiting.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
		await Promise.race([switched, new Promise((r) => setTimeout(r, 3000))]);
	}
	location.reload();
}
