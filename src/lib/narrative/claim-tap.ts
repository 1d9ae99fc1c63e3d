/**
 * A step cuts each claim to two lines (`ClaimList`'s short form); a tap on a cut claim shows
 * it whole where it stands, and a second tap cuts it again. The whole claim is always in the
 * markup (screen readers and find-in-page read it) and in the step's evidence, which opens
 * without scripts; this only saves a reader the trip.
 */
const WHOLE = 'data-whole';

/** The short claim a click lands on, unless it lands on something that acts on its own. */
function claimAt(target: EventTarget | null): Element | null {
	if (!(target instanceof Element)) return null;
	if (target.closest('a, button, summary, input, select, textarea, label')) return null;
	return target.closest('.claims[data-short] > li');
}

/** Listens on the document; returns what stops it. */
export function listenForClaimTaps(doc: Document): () => void {
	const onclick = (e: MouseEvent) => {
		// A reader selecting the claim's words to copy them is not asking to open it.
		if (!doc.getSelection()?.isCollapsed) return;
		claimAt(e.target)?.toggleAttribute(WHOLE);
	};
	doc.addEventListener('click', onclick);
	return () => doc.removeEventListener('click', onclick);
}
