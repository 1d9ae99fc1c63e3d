/**
 * Lazy parts of a page (`import()`), with an error path. After a deploy replaces the
 * build, a tab opened before it asks for chunks that no longer exist: the page reloads
 * once to pick up the new build (guarded in sessionStorage, so a chunk that is really
 * gone cannot loop), and if that does not help the reader is told what happened
 * (the `chunkerror` event, shown by `$lib/offline/SiteNotices.svelte`).
 */

import { nextTask, ownTask } from './tasks';

const KEY = 'chunk-reload-at';
/** A reload less than this long ago was ours: do not reload again. */
const GUARD_MS = 60_000;

export const CHUNK_ERROR = 'chunkerror';

/** The last failure reported, for a notice that mounts after it happened. */
export let lastFailure: ChunkErrorDetail | null = null;

export interface ChunkErrorDetail {
	/** what could not load, for the reader ("the reading controls") */
	what: string;
}

/** Storage can be missing or throw (private modes); then never reload, just say so. */
function reloadedRecently(storage: Pick<Storage, 'getItem'> | null, now: number): boolean {
	try {
		const at = Number(storage?.getItem(KEY) ?? NaN);
		return !storage || (Number.isFinite(at) && now - at < GUARD_MS);
	} catch {
		return true;
	}
}

export interface ChunkEnv {
	storage: Pick<Storage, 'getItem' | 'setItem'> | null;
	reload: () => void;
	report: (detail: ChunkErrorDetail) => void;
	now: () => number;
}

function browserEnv(): ChunkEnv {
	let storage: Storage | null = null;
	try {
		storage = sessionStorage;
	} catch {
		/* blocked: no storage */
	}
	return {
		storage,
		reload: () => location.reload(),
		report: (detail) => {
			lastFailure = detail;
			dispatchEvent(new CustomEvent(CHUNK_ERROR, { detail }));
		},
		now: () => Date.now()
	};
}

/**
 * `await loadChunk(() => import('./X.svelte'), 'the reading controls')`: the module, or
 * undefined when it could not load (the page is then reloading, or the reader was told).
 * It starts loading in the next task (`nextTask`) and resolves in a task of its own
 * (`ownTask`), so neither its loading nor what the caller mounts with it joins the task
 * that asked, or another lazy part's mount, in one long task.
 */
export async function loadChunk<T>(
	load: () => Promise<T>,
	what: string,
	// Only a failure needs it: reaching session storage costs a few milliseconds at first.
	given?: ChunkEnv
): Promise<T | undefined> {
	try {
		await nextTask();
		const module = await load();
		await ownTask();
		return module;
	} catch (e) {
		const env = given ?? browserEnv();
		if (!reloadedRecently(env.storage, env.now())) {
			try {
				env.storage?.setItem(KEY, String(env.now()));
				env.reload();
				return undefined;
			} catch {
				/* cannot remember the reload: report instead of risking a loop */
			}
		}
		console.warn(`Could not load ${what}:`, e);
		env.report({ what });
		return undefined;
	}
}
