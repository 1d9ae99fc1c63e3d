/**
 * The address bar follows the reader: /events/<id>/ while in a step, / in the intro.
 * Call once while the story page initialises. Links between events keep the page
 * (data-sveltekit-noscroll) and glide to the target (`land`); on back/forward SvelteKit
 * restores the scroll position it saved.
 */
import { base } from '$app/paths';
import { afterNavigate, beforeNavigate, replaceState } from '$app/navigation';
import type { ActiveEvent } from '$lib/state/active.svelte';
import { eventPath, storyPath } from './urls';

/** Written once the reader pauses on a step: replacing the URL costs a browser far more
 * than a scroll frame can spare, and a quick scroll passes many steps. */
export const URL_DELAY_MS = 300;

export function followAddressBar(
	active: ActiveEvent,
	land: (id: string, smooth: boolean) => void,
	/** in an iframe: the address bar is the host page's, never written */
	embedded = false
): void {
	let routerReady = false;
	// From a navigation's start to its end the router owns the address bar: a scroll that
	// settles in between (the page moving under a click) must not write over it.
	let navigating = false;
	let timer: ReturnType<typeof setTimeout> | undefined;

	afterNavigate(({ type, to }) => {
		routerReady = true;
		navigating = false;
		const id = to?.params?.id;
		if (type === 'link' || type === 'goto') {
			if (id) land(id, true);
		} else if (type === 'popstate') {
			active.set(id ?? null, 'load');
		}
	});

	// Only ever pending while the cause is a scroll: the effect cancels it otherwise.
	function write() {
		if (!routerReady || navigating || embedded) return;
		// Outside the steps (the intro, the sections after them) an anchor the reader followed stays.
		const target = active.id
			? eventPath(base, active.id) + location.search
			: storyPath(base) + location.search + location.hash;
		if (location.pathname + location.search + location.hash !== target) replaceState(target, {});
	}
	$effect(() => {
		void active.id;
		if (active.cause !== 'scroll') return;
		timer = setTimeout(write, URL_DELAY_MS);
		return () => clearTimeout(timer);
	});
	// A navigation owns the address bar from its start.
	beforeNavigate(({ willUnload }) => {
		clearTimeout(timer);
		navigating = !willUnload;
	});
}
