/**
 * A typed, disposable wrapper around scrollama. scrollama's bundled types are
 * stale and it reads `window` on creation, so it is created only here, in the
 * browser, and reported only as "this index is now active".
 */
import scrollama from 'scrollama';
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

export function createScroller({ steps, offset, onActive, chapter }: ScrollerOptions): () => void {
	const scroller = scrollama();
	const within = (step: HTMLElement) => (chapter ? step.closest<HTMLElement>(chapter) : null);
	const starts = steps.map((step, i) => {
		const c = within(step);
		return c && (i === 0 || within(steps[i - 1]) !== c) ? c : step;
	});
	const settle = () => {
		const trigger = window.innerHeight * offset;
		const last = steps.at(-1)?.getBoundingClientRect().bottom;
		onActive(
			activeIndexAt(steps.length, (i) => starts[i].getBoundingClientRect().top, trigger, last)
		);
	};
	// A chapter's heading crossing the line is a change of step too: a line-high observer.
	const headings = new IntersectionObserver(settle, {
		rootMargin: `${-offset * 100}% 0px ${-(1 - offset) * 100}% 0px`
	});
	starts.forEach((el, i) => el !== steps[i] && headings.observe(el));
	// scrollama only says when a step crossed the line; which step is active is measured.
	// Its callbacks can arrive late, after a jump has already settled (Home, then a stale
	// "step 3 entered"), and a measurement is right whenever it runs.
	scroller
		.setup({ step: steps, offset: offset as scrollama.DecimalType })
		.onStepEnter(settle)
		.onStepExit(settle);
	// A resize or rotation moves every step without a scroll: measure again, then reconcile.
	const onResize = () => {
		scroller.resize();
		settle();
	};
	window.addEventListener('resize', onResize);
	// Reconcile after every scroll settles: catches events skipped by fast scrolls and jumps.
	// In a task after the frame: `scrollend` arrives as a frame begins, and a step change
	// measured there was laid out and painted in that frame's task, one long task of both.
	let later: ReturnType<typeof setTimeout> | undefined;
	const offScrollEnd = onScrollEnd(window, () => {
		clearTimeout(later);
		later = setTimeout(settle, 0);
	});
	return () => {
		headings.disconnect();
		window.removeEventListener('resize', onResize);
		offScrollEnd();
		clearTimeout(later);
		scroller.destroy();
	};
}
