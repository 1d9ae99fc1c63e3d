/**
 * Lazy parts of a page arrive one per task, in the order asked. Their modules may all be
 * ready at once, and then their mounts would run as one long task; Total Blocking Time
 * counts each task's excess over 50 ms, and a reader's tap waits for the whole task.
 */
let last: Promise<void> = Promise.resolve();

/** Resolves at the start of a task of its own, after every turn asked for before it. */
export function ownTask(): Promise<void> {
	const turn = last.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
	last = turn;
	return turn;
}

/**
 * Resolves in the next task. A lazy part's `import()` starts there, not in the task that
 * asked (hydration, say): Vite's loader links the part's stylesheet as it starts, and a new
 * stylesheet makes the browser recompute the styles of the whole page at its next layout,
 * which SvelteKit forces as it finishes hydrating (it reads the scroll position).
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
