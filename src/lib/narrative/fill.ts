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
/** Characters parsed per task: about 10 ms at 4× CPU slowdown (the whole story at once: 90). */
const CHARS_PER_TASK = 32_768;

/**
 * The fragment parsed a slice per task into an inert document (no browsing context: nothing
 * in it loads, runs or lays out). The parser takes its input in pieces as it would from the
 * network, so slices may cut a tag in two; the result is the same as one parse.
 */
async function parseInPieces(html: string, nextTask: () => Promise<void>): Promise<Document> {
	const doc = document.implementation.createHTMLDocument('');
	doc.open();
	for (let i = 0; i < html.length; i += CHARS_PER_TASK) {
		if (i > 0) await nextTask();
		doc.write(html.slice(i, i + CHARS_PER_TASK));
	}
	doc.close();
	return doc;
}

/**
 * The pieces of the story after `anchorId`, in reading order: each part's blocks, and each
 * chapter apart from its steps, so that no piece is a long task to lay out. Everything up
 * to the anchor is no piece: it arrives at once (see fillHosts).
 */
export function piecesAfter(roots: Element[], anchorId: string | null): Element[] {
	const anchor = anchorId
		? roots.map((r) => r.querySelector(`[id="${CSS.escape(anchorId)}"]`)).find(Boolean)
		: null;
	const after = (el: Element) =>
		!anchor || !!(anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
	const out: Element[] = [];
	for (const root of roots) {
		for (const block of root.children) {
			if (after(block)) out.push(block);
			if (block.hasAttribute('data-era')) {
				for (const step of block.querySelectorAll(':scope > [data-step]'))
					if (after(step) && !after(block)) out.push(step);
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
 * Put the whole story's markup into the hosts, keeping `anchorId` (the event on screen)
 * exactly where it is. The markup is parsed off the page, a slice per task. Everything up
 * to the anchor's step then arrives in one task, new elements all, with the position
 * restored before any paint: nothing the reader saw moves
 * (a layout shift would: elements already on the page that a script moves count as one,
 * even when the scroll makes up for it). What follows the anchor moves nothing on screen,
 * so it arrives hidden and is shown a few pieces per task: one swap of the whole story
 * would be one layout of all of it, a long task on a phone.
 */
export async function fillHosts(
	fragment: string,
	anchorId: string | null,
	nextTask: () => Promise<void> = ownTask
): Promise<void> {
	const doc = await parseInPieces(fragment, nextTask);
	await nextTask();
	const roots = STORY_PARTS.map((part) => doc.querySelector(`[${HOST_ATTR}="${part}"]`)).filter(
		(el): el is Element => el !== null
	);
	const waiting = piecesAfter(roots, anchorId);
	for (const el of waiting) el.setAttribute(PENDING_ATTR, '');
	const size = new Map(waiting.map((el) => [el, ownSize(el)]));

	// One task from here: what the reader sees is measured, swapped and restored before a paint.
	await nextTask();
	const anchorTop = () =>
		anchorId ? document.getElementById(anchorId)?.getBoundingClientRect().top : undefined;
	// The anchor's new copy keeps what the page set on the old one: its evidence open, and
	// its mark as the active step (or its ring would go out until the whole story is in).
	const old = anchorId ? document.getElementById(anchorId) : null;
	const open = old?.querySelector('details.evidence')?.hasAttribute('open') ?? false;
	const current = old?.getAttribute('aria-current') ?? null;
	const before = anchorTop();
	for (const part of STORY_PARTS) {
		const target = host(part);
		const source = doc.querySelector(`[${HOST_ATTR}="${part}"]`);
		if (!target || !source) continue;
		target.replaceChildren(...document.adoptNode(source).childNodes);
		target.dataset.filled = 'arriving';
	}
	if (open && anchorId) openEvidence(anchorId);
	if (current && anchorId) document.getElementById(anchorId)?.setAttribute('aria-current', current);
	const after = anchorTop();
	if (before !== undefined && after !== undefined)
		window.scrollBy({ top: after - before, behavior: 'instant' });

	for (let i = 0; i < waiting.length;) {
		await nextTask();
		for (let shown = 0; i < waiting.length && shown < ELEMENTS_PER_TASK; i++) {
			waiting[i].removeAttribute(PENDING_ATTR);
			shown += size.get(waiting[i]) ?? 1;
		}
	}
	for (const part of STORY_PARTS) {
		const target = host(part);
		if (target) target.dataset.filled = 'all';
	}
}
