/**
 * Which step is active while the reader scrolls, reported only as "this index is now
 * active". One IntersectionObserver watches a line-high band at the reading line: a step
 * (or a chapter's heading) crossing it is a change of step. Its callbacks run after the
 * frame's layout, so measuring there costs no layout of its own; nothing listens to
 * `scroll`, and a step that grows or shrinks needs no observer of its own (scrollama,
 * used before, had an observer and a resize observer per step and a scroll listener that
 * read `pageYOffset`, a forced layout at every scroll event, which it never removed).
 */
import { activeIndexAt } from './geometry';
import { onScrollEnd } from './scrollend';

export interface ScrollerOptions {
	steps: HTMLElement[];
	/** trigger line as a fraction of the viewport height from the top */
	offset: number;
	/** -1 means above the first step (the intro) */
	onActive: (index: number) => void;
	/**
	 * Selector of the chapters the steps are grouped in. A chapter's first step begins at the
	 * chapter's heading: with the heading on screen, its first event is the one being read,
	 * not the previous chapter's last (which has scrolled away above).
	 */
	chapter?: string;
}

/** How long a scroll stays ended before the scroller measures where it ended. */
const STILL_MS = 100;

/** A root margin that shrinks the viewport to the line `offset` of the way down it. */
const lineMargin = (offset: number) => `${-offset * 100}% 0px ${-(1 - offset) * 100}% 0px`;

export function createScroller({ steps, offset, onActive, chapter }: ScrollerOptions): () => void {
	const within = (step: HTMLElement) => (chapter ? step.closest<HTMLElement>(chapter) : null);
	const starts = steps.map((step, i) => {
		const c = within(step);
		return c && (i === 0 || within(steps[i - 1]) !== c) ? c : step;
	});
	// The observer only says that something crossed the line; which step is active is
	// measured, and a measurement is right whenever it runs (a fast scroll or a jump may
	// cross several steps between two frames).
	const settle = () => {
		const trigger = window.innerHeight * offset;
		const last = steps.at(-1)?.getBoundingClientRect().bottom;
		onActive(
			activeIndexAt(steps.length, (i) => starts[i].getBoundingClientRect().top, trigger, last)
		);
	};
	const line = new IntersectionObserver(settle, { rootMargin: lineMargin(offset) });
	// Where each step begins: only a start crossing the line changes which step is active.
	for (const el of starts) line.observe(el);
	// A resize or rotation moves every step without a scroll.
	window.addEventListener('resize', settle);
	// Reconcile once a scroll has ended and stayed still a moment: a jump from one gap
	// between steps to another crosses no edge the observer watches. Not at once: each
	// notch of a wheel is a scroll that ends, and a measurement at every one was a style
	// and layout of whatever the pointer's hover had changed, notch after notch. Never in
	// the `scrollend` task itself, which arrives as a frame begins (one long task of both).
	let later: ReturnType<typeof setTimeout> | undefined;
	const offScrollEnd = onScrollEnd(window, () => {
		clearTimeout(later);
		later = setTimeout(settle, STILL_MS);
	});
	return () => {
		line.disconnect();
		window.removeEventListener('resize', settle);
		offScrollEnd();
		clearTimeout(later);
	};
}
