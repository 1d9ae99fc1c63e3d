/**
 * Filling the hosts with the whole story, on pages that opened with less: an event page (or
 * a client-side navigation back to the story) from the shared fragment, the story's own
 * page from the text its HTML holds after its first steps (LEAD_STEPS).
 */
import { CONTINUES_SELECTOR, HOST_ATTR, REST_SELECTOR, STORY_PARTS } from './parts';
import { host, openEvidence } from './hosts';
import { ownTask } from '../tasks';
import { READING_LINE } from '../scrolly/geometry';

/** The attribute that keeps an arrived piece out of layout until its turn (see StoryPage's styles). */
export const PENDING_ATTR = 'data-pending';
/**
 * Elements placed per task: a batch ends with the piece that reaches it, so about one step
 * (30–140 elements, 5–10 ms of style and layout on this machine, 20–40 at 4× CPU slowdown).
 * At 60, a batch often held two steps and ran past 12 ms, which a phone's 4× makes a long task.
 */
const ELEMENTS_PER_TASK = 30;
/**
 * Batches between the times the page takes in the steps placed since, on `/`, while the reader
 * is near the end of those it follows (a reader scrolling fast meets them). Each time is a
 * pass over every step placed (at 350 steps, 50 ms), so not while the reader is far above;
 * and at once for a reader already past them, whose graphic would otherwise show no event.
 */
const PROGRESS_EVERY = 8;
/** Screens below the reader within which the steps the page follows should run on. */
const FOLLOW_AHEAD = 3;
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

/** Resolves in a task after the next frame is drawn (in a hidden tab, once it shows again). */
const afterFrame = () =>
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** What the hosts hold, for the page and tests: "arriving" while pieces are placed, then "all". */
function markHosts(filled: 'arriving' | 'all') {
	for (const part of STORY_PARTS) {
		const target = host(part);
		if (target) target.dataset.filled = filled;
	}
}

const sizeOf = (el: Element) => 1 + el.getElementsByTagName('*').length;

/**
 * A block of blocks, whose children can arrive one by one (no text of its own would reflow),
 * and not a step: a step arrives whole.
 */
const isStack = (el: Element) =>
	el.children.length > 1 &&
	!el.hasAttribute('data-step') &&
	[...el.childNodes].every((n) => n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim());

/**
 * The story cut into pieces small enough to lay out in a task (a step, a chapter's head, a
 * section of what follows), in reading order. The anchor is a piece of its own, so that it
 * can arrive alone; `containers` gets what was cut, each shown with its first piece.
 */
function cut(el: Element, anchor: Element | null, containers: Element[]): Element[] {
	const holdsAnchor = !!anchor && el !== anchor && el.contains(anchor);
	if (!isStack(el) || (!holdsAnchor && sizeOf(el) <= ELEMENTS_PER_TASK)) return [el];
	containers.push(el);
	return [...el.children].flatMap((child) => cut(child, anchor, containers));
}

/**
 * Pieces held back in the parsed document: each leaves an empty comment where it goes, so
 * that the page takes the rest at once and each piece later as a new element (the browser
 * adopts, styles and lays out what arrives, and that is what a task can hold).
 */
class Waiting {
	#spot = new Map<Element, Comment>();
	#piece = new Map<Node, Element>();

	constructor(pieces: Element[]) {
		for (const piece of pieces) {
			const spot = piece.ownerDocument.createComment('');
			piece.replaceWith(spot);
			this.#spot.set(piece, spot);
			this.#piece.set(spot, piece);
		}
	}

	/** Put a piece in its place, and show what holds it. */
	place(piece: Element) {
		const spot = this.#spot.get(piece);
		if (!spot) return;
		spot.replaceWith(piece);
		this.#spot.delete(piece);
		for (let el = piece.parentElement; el?.hasAttribute(PENDING_ATTR); el = el.parentElement) {
			el.removeAttribute(PENDING_ATTR);
			this.#placeFirst(el);
		}
	}

	/**
	 * A container shows with its first piece (a chapter with its head): the margin its first
	 * child gives its top, collapsing through it, is then the final one. Otherwise each new
	 * first child above the reader would move the container in the page and on screen.
	 */
	#placeFirst(container: Element) {
		for (const node of container.childNodes) {
			const piece = this.#piece.get(node);
			if (piece) return this.place(piece);
			if (node instanceof Element) {
				if (node.hasAttribute(PENDING_ATTR)) {
					node.removeAttribute(PENDING_ATTR);
					this.#placeFirst(node);
				}
				return;
			}
		}
	}

	/**
	 * Place pieces from the front of `queue` until about a task's worth of elements is in, and
	 * lay them out in this task (not in the next frame's, with its paint). `siblings`: only
	 * pieces of one parent, so that no element the reader sees both moves in the page and on
	 * screen (see fillHosts).
	 */
	placeBatch(queue: Element[], siblings: boolean): Element | undefined {
		let parent: Node | null = null;
		let last: Element | undefined;
		for (let n = 0; queue.length > 0 && n < ELEMENTS_PER_TASK;) {
			if (!this.#spot.has(queue[0])) {
				queue.shift(); // placed already, with its container
				continue;
			}
			const spot = this.#spot.get(queue[0])!.parentNode;
			if (siblings && last && spot !== parent) break;
			parent = spot;
			last = queue.shift()!;
			this.place(last);
			n += sizeOf(last);
		}
		last?.getBoundingClientRect();
		return last;
	}
}

/**
 * Put the whole story's markup into the hosts, keeping `anchorId` (the event on screen)
 * exactly where it is. The markup is parsed off the page, a slice per task. Then the anchor
 * and what the page already showed above it (the intro, the chapter's head) arrive in one
 * task; the other pieces follow a task's worth at a time, outward from the anchor. One
 * layout of the whole story would be a long task on a phone (200–370 ms at 4× CPU slowdown
 * for the half above a middle event). Pieces below the anchor move nothing on screen; each
 * batch above it is made up for by scrolling in the same task.
 *
 * The browser counts an element as shifted when it moved both in the page and on screen.
 * A batch above the reader moves what follows it in the page, and the scroll keeps that
 * on screen; what holds the batch keeps its place in the page. So a batch is pieces of one
 * parent: a batch inside the reader's chapter and one before it, together, would move that
 * chapter both ways (a shift of the whole screen, though nothing visible moved). Elements
 * that arrive are new, and never count.
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
	const steps = doc.querySelector(`[${HOST_ATTR}="steps"]`);
	const anchor = anchorId
		? (roots.map((r) => r.querySelector(`[id="${CSS.escape(anchorId)}"]`)).find(Boolean) ?? null)
		: null;
	const containers: Element[] = [];
	const pieces = roots.flatMap((root) =>
		[...root.children].flatMap((el) => cut(el, anchor, containers))
	);
	const at = anchor ? pieces.indexOf(anchor) : -1;
	// What an event page showed above its event arrives with it: the rest above, nearest first.
	const chapter = anchor?.closest('[data-era]');
	const withAnchor = (el: Element) =>
		!steps?.contains(el) || (el.parentElement === chapter && !el.hasAttribute('data-step'));
	const before = pieces.slice(0, Math.max(at, 0));
	const above = before.filter((el) => !withAnchor(el)).reverse();
	const below = pieces.slice(at + 1);
	// What arrives at once shows at once, and so does whatever holds it.
	const now = [...before.filter(withAnchor), ...(anchor ? [anchor] : [])];
	for (const el of containers)
		if (!now.some((piece) => el.contains(piece))) el.setAttribute(PENDING_ATTR, '');
	const waiting = new Waiting([...above, ...below]);

	// One task from here: what the reader sees is measured, swapped and restored before a paint.
	await nextTask();
	const anchorTop = () =>
		anchorId ? document.getElementById(anchorId)?.getBoundingClientRect().top : undefined;
	// Where the reader sees the anchor, and where the last correction left it. A scroll lands
	// on whole (device) pixels, so each correction can miss by a fraction: measured against
	// the place the reader saw, not the last one, those fractions never add up.
	let seen: number | undefined;
	let left: number | undefined;
	/** Scroll by what `change` moved the anchor: it stays where the reader saw it. */
	const keepingAnchor = (change: () => void) => {
		const now = anchorTop();
		// The reader scrolled since: their new place is the one to keep.
		if (seen === undefined || left === undefined || now === undefined || Math.abs(now - left) > 1)
			seen = now;
		change();
		const after = anchorTop();
		if (seen !== undefined && after !== undefined && after !== seen)
			window.scrollBy({ top: after - seen, behavior: 'instant' });
		left = anchorTop();
	};
	// The anchor's new copy keeps what the page set on the old one: its evidence open, and
	// its mark as the active step (or its ring would go out until the whole story is in).
	const old = anchorId ? document.getElementById(anchorId) : null;
	const open = old?.querySelector('details.evidence')?.hasAttribute('open') ?? false;
	const current = old?.getAttribute('aria-current') ?? null;
	keepingAnchor(() => {
		for (const part of STORY_PARTS) {
			const target = host(part);
			const source = doc.querySelector(`[${HOST_ATTR}="${part}"]`);
			if (!target || !source) continue;
			target.replaceChildren(...document.adoptNode(source).childNodes);
			target.dataset.filled = 'arriving';
		}
		if (open && anchorId) openEvidence(anchorId);
		if (current && anchorId)
			document.getElementById(anchorId)?.setAttribute('aria-current', current);
	});

	// A reader reads on more often than back: a batch below, then one above, and so on. The
	// browser counts shifts frame by frame, and under load two tasks can meet in one frame:
	// each batch above waits for a frame to be drawn since the last.
	while (above.length > 0 || below.length > 0) {
		await nextTask();
		waiting.placeBatch(below, false);
		if (above.length === 0) continue;
		await afterFrame();
		keepingAnchor(() => waiting.placeBatch(above, true));
	}
	markHosts('all');
}

/**
 * Place the rest of the story on a page that laid out its first steps only (`/`): the text
 * of each `<noscript data-rest>` (markup that, with scripts, the browser read as text) is
 * parsed off the page a slice per task, and arrives where it stands, a task's worth at a
 * time in reading order. All of it is below the first steps: nothing on screen moves.
 */
export async function placeRest(
	/** called while pieces arrive and the reader nears the last step it followed, so the page
	 * can follow the steps placed so far */
	onProgress: () => void = () => {},
	nextTask: () => Promise<void> = ownTask
): Promise<void> {
	const spots = [...document.querySelectorAll(REST_SELECTOR)];
	const html = spots.map((spot) => `<div>${spot.textContent ?? ''}</div>`).join('');
	const doc = await parseInPieces(html, nextTask);
	await nextTask();
	const groups = [...doc.body.children];
	const containers: Element[] = [];
	const pieces = groups.flatMap((group) =>
		[...group.children].flatMap((el) => cut(el, null, containers))
	);
	for (const el of containers) el.setAttribute(PENDING_ATTR, '');
	const waiting = new Waiting(pieces);
	await nextTask();
	spots.forEach((spot, i) => spot.replaceWith(...document.adoptNode(groups[i]).childNodes));
	// The link on to the next event, for readers whose scripts never ran.
	for (const el of document.querySelectorAll(CONTINUES_SELECTOR)) el.remove();
	markHosts('arriving');
	// The last piece placed when the page last took the steps in (none yet: the first steps).
	let followed: Element | undefined;
	for (let since = 1; pieces.length > 0; since++) {
		await nextTask();
		const last = waiting.placeBatch(pieces, false);
		// Laid out in this task already: reading where it is costs nothing.
		const end = followed?.getBoundingClientRect();
		const passed = !end || end.bottom < READING_LINE * innerHeight;
		const near = !end || end.top < FOLLOW_AHEAD * innerHeight;
		if (!passed && !(near && since >= PROGRESS_EVERY)) continue;
		onProgress();
		followed = last ?? followed;
		since = 0;
	}
	markHosts('all');
}
