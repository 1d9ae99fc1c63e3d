/**
 * Filling the hosts with the whole story, on pages that opened with less (an event page, a
 * client-side navigation back to the story). Loaded only then: `/` never needs it.
 */
import { HOST_ATTR, STORY_PARTS } from './parts';
import { host, openEvidence } from './hosts';
import { ownTask } from '../tasks';

/** The attribute that keeps an arrived piece out of layout until its turn (see StoryPage's styles). */
export const PENDING_ATTR = 'data-pending';
/** Elements shown per task: about 15 ms of style and layout at 4× CPU slowdown. */
const ELEMENTS_PER_TASK = 250;

/**
 * The pieces the story arrives in, in document order: each part's blocks, and each chapter
 * apart from its steps, so no piece is a long task to lay out. The block that holds
 * `anchor`, and the one with the page's title, are not pieces: they are shown at once.
 */
export function pieces(roots: Element[], anchorId: string | null): Element[] {
	const out: Element[] = [];
	for (const root of roots) {
		for (const block of root.children) {
			const holdsAnchor = !!anchorId && block.querySelector(`[id="${CSS.escape(anchorId)}"]`);
			// The page's title (h1) is never missing, not even for a moment.
			if (!holdsAnchor && !block.querySelector('h1')) out.push(block);
			if (block.hasAttribute('data-era')) {
				for (const step of block.querySelectorAll(':scope > [data-step]'))
					if (step.id !== anchorId) out.push(step);
			}
		}
	}
	return out;
}

/** Elements a piece brings into layout: itself and what it holds, less its own pending pieces. */
function ownSize(el: Element): number {
	let n = 1 + el.getElementsByTagName('*').length;
	for (const child of el.querySelectorAll(`:scope > [${PENDING_ATTR}]`))
		n -= 1 + child.getElementsByTagName('*').length;
	return n;
}

/**
 * What follows the anchor in reading order; then what precedes it, nearest first, each
 * chapter's heading before its steps (a chapter shown last would arrive all at once).
 */
export function revealOrder(waiting: Element[], follows: (el: Element) => boolean): Element[] {
	const order = waiting.filter(follows);
	const placed = new Set(order);
	const place = (el: Element) => {
		if (!placed.has(el)) order.push(el);
		placed.add(el);
	};
	for (const el of waiting.filter((el) => !follows(el)).reverse()) {
		const chapter = el.parentElement?.closest('[data-era]');
		if (chapter && waiting.includes(chapter)) place(chapter);
		place(el);
	}
	return order;
}

/**
 * Put the whole story's markup into the hosts, keeping `anchorId` (the event on screen)
 * exactly where it is. Everything but the anchor's own step arrives hidden and is shown a
 * few pieces per task: first what follows the anchor, then what precedes it, nearest first,
 * each time restoring the anchor's position before the next paint. One swap of the whole
 * story would be one layout of all of it, a long task on a phone.
 */
export async function fillHosts(
	fragment: string,
	anchorId: string | null,
	nextTask: () => Promise<void> = ownTask
): Promise<void> {
	const doc = new DOMParser().parseFromString(fragment, 'text/html');
	const anchorTop = () =>
		anchorId ? document.getElementById(anchorId)?.getBoundingClientRect().top : undefined;
	const open = anchorId
		? document.getElementById(anchorId)?.querySelector('details.evidence')?.hasAttribute('open')
		: false;
	const roots = STORY_PARTS.map((part) => doc.querySelector(`[${HOST_ATTR}="${part}"]`)).filter(
		(el): el is Element => el !== null
	);
	const waiting = pieces(roots, anchorId);
	for (const el of waiting) el.setAttribute(PENDING_ATTR, '');

	// The browser's own scroll anchoring would correct the same shifts a second time.
	const root = document.documentElement;
	const anchoring = root.style.overflowAnchor;
	root.style.overflowAnchor = 'none';
	const keep = (change: () => void) => {
		const before = anchorTop();
		change();
		const after = anchorTop();
		if (before !== undefined && after !== undefined && after !== before)
			window.scrollBy({ top: after - before, behavior: 'instant' });
	};

	keep(() => {
		for (const part of STORY_PARTS) {
			const target = host(part);
			const source = doc.querySelector(`[${HOST_ATTR}="${part}"]`);
			if (!target || !source) continue;
			target.replaceChildren(...document.adoptNode(source).childNodes);
			target.dataset.filled = 'arriving';
		}
		if (open && anchorId) openEvidence(anchorId);
	});

	const anchor = anchorId ? document.getElementById(anchorId) : null;
	const follows = (el: Element) =>
		!anchor || !!(anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
	const order = revealOrder(waiting, follows);
	// Sizes before anything is shown: a chapter's own size leaves out its steps.
	const size = new Map(order.map((el) => [el, ownSize(el)]));
	for (let i = 0; i < order.length;) {
		await nextTask();
		keep(() => {
			for (let shown = 0; i < order.length && shown < ELEMENTS_PER_TASK; i++) {
				order[i].removeAttribute(PENDING_ATTR);
				shown += size.get(order[i]) ?? 1;
			}
		});
	}
	for (const part of STORY_PARTS) {
		const target = host(part);
		if (target) target.dataset.filled = 'all';
	}
	root.style.overflowAnchor = anchoring;
}
