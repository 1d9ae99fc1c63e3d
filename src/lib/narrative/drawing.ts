/**
 * Drawing the story's long blocks after the first paint. With scripts, the steps and the
 * back matter's disagreement notes start undrawn: the browser skips those far from the
 * screen (`content-visibility: auto`: not styled, laid out or painted) and holds a typical
 * height for each. So the first layout of `/`, and an event page's arrival of the story
 * above its event (a 200–370 ms task at 4× CPU), cost what is on screen.
 *
 * A held height is a guess, and when a guessed box above the screen is drawn at its real
 * height, the browser does not keep what the reader sees in place (its scroll anchoring
 * does not cover this: measured, the text in view jumped 160–220 px). Hence:
 * - once the page is up, every box is drawn, a few per task, nearest the reader first,
 *   the scroll making up for any box above the screen that changed height (`drawAll`);
 * - before the page moves the reader (a deep link, a link, j/k) it draws a screen of
 *   boxes above the target, so the landing is measured on real heights (`drawAround`).
 * A drawn box stays drawn (`data-drawn`): from then on the page lays out as if nothing had
 * been skipped, and the lens, dimming and open evidence change real heights only.
 */
import { ownTask } from '../tasks';

export const DRAWN_ATTR = 'data-drawn';
/** What starts undrawn (see the styles of Step.svelte and DiscrepancyNote.svelte). */
export const UNDRAWN = `[data-step]:not([${DRAWN_ATTR}]), [data-story-part="end"] [id^="disagreement-"]:not([${DRAWN_ATTR}])`;
/** What the reader may be looking at: the parts' blocks and each chapter's steps. */
const BLOCKS = '[data-story-part] > *, [data-era] > *';
/** Elements drawn per task: about 25 ms of style and layout at 4× CPU. */
const ELEMENTS_PER_TASK = 400;
/** A reader scrolling is not moved by a correction: drawing waits this long after a scroll. */
const QUIET_MS = 150;

/** The first block that starts on or below the top of the screen: a box above the screen that changes height moves it. */
function firstInView(): Element | null {
	for (const el of document.querySelectorAll(BLOCKS))
		if (el.getBoundingClientRect().top >= 0) return el;
	return null;
}

/**
 * Run `change`, then scroll by however far it moved what the reader sees. Returns whether
 * it scrolled.
 */
function keepingView(change: () => void): boolean {
	const ref = firstInView();
	const before = ref?.getBoundingClientRect().top;
	change();
	if (!ref || before === undefined) return false;
	const moved = ref.getBoundingClientRect().top - before;
	if (Math.abs(moved) < 0.5) return false;
	window.scrollBy({ top: moved, behavior: 'instant' });
	return true;
}

/**
 * Draw the undrawn boxes in the two screens above `target`, the target, and the screen below
 * it, before the page scrolls there: the boxes the browser would draw around the landing
 * (its margin is half a screen each way) are then drawn already, at their real heights, and
 * the landing stays where it was put.
 */
export function drawAround(target: Element): void {
	const undrawn = [...document.querySelectorAll(UNDRAWN)];
	const before = (el: Element) =>
		!!(el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
	const above = undrawn.filter(before).reverse();
	const below = undrawn.filter((el) => el !== target && !before(el));
	const drawUpTo = (els: Element[], screens: number) => {
		let height = 0;
		for (const el of els) {
			if (height >= screens * innerHeight) break;
			el.setAttribute(DRAWN_ATTR, '');
			height += el.getBoundingClientRect().height;
		}
	};
	keepingView(() => {
		if (target.matches(UNDRAWN)) target.setAttribute(DRAWN_ATTR, '');
		drawUpTo(above, 2);
		drawUpTo(below, 1);
	});
}

/** Undrawn boxes, up to about ELEMENTS_PER_TASK elements. */
function nextBatch(): Element[] {
	// Those above the screen first, nearest first: drawn, they move what is below them, and a
	// position the history saved (Back) holds only once they are. Then those below.
	const distance = (el: Element) => {
		const r = el.getBoundingClientRect();
		return r.bottom <= 0 ? -r.bottom : 1e9 + r.top;
	};
	const undrawn = [...document.querySelectorAll(UNDRAWN)]
		.map((el) => ({ el, d: distance(el) }))
		.sort((a, b) => a.d - b.d);
	const batch: Element[] = [];
	let size = 0;
	for (const { el } of undrawn) {
		if (batch.length && size >= ELEMENTS_PER_TASK) break;
		batch.push(el);
		size += 1 + el.getElementsByTagName('*').length;
	}
	return batch;
}

let drawing: Promise<void> | null = null;

/** Draw every undrawn box, a batch per task, pausing while the reader scrolls. */
export function drawAll(): Promise<void> {
	drawing ??= (async () => {
		let lastScroll = 0;
		// The scroll event of our own correction is no reader's scroll.
		let ours = false;
		const onScroll = () => {
			if (ours) ours = false;
			else lastScroll = performance.now();
		};
		addEventListener('scroll', onScroll, { passive: true });
		try {
			for (;;) {
				await ownTask();
				const wait = lastScroll + QUIET_MS - performance.now();
				if (wait > 0) {
					await new Promise((resolve) => setTimeout(resolve, wait));
					continue;
				}
				const batch = nextBatch();
				if (!batch.length) return;
				ours = keepingView(() => {
					for (const el of batch) el.setAttribute(DRAWN_ATTR, '');
				});
			}
		} finally {
			removeEventListener('scroll', onScroll);
			drawing = null;
		}
	})();
	return drawing;
}
