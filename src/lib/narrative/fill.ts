/**
 * Filling the hosts with the whole story, on pages that opened with less (an event page, a
 * client-side navigation back to the story). Loaded only then: `/` never needs it.
 */
import { HOST_ATTR, STORY_PARTS } from './parts';
import { host, openEvidence } from './hosts';

/**
 * Put the whole story's markup into the hosts, keeping `anchorId` (the event on screen)
 * exactly where it is: the position is restored in the same task, before any paint, so
 * nothing the reader sees moves as the rest of the story arrives around it.
 */
export function fillHosts(fragment: string, anchorId: string | null) {
	const doc = new DOMParser().parseFromString(fragment, 'text/html');
	const before = anchorId
		? document.getElementById(anchorId)?.getBoundingClientRect().top
		: undefined;
	const open = anchorId
		? document.getElementById(anchorId)?.querySelector('details.evidence')?.hasAttribute('open')
		: false;
	for (const part of STORY_PARTS) {
		const target = host(part);
		const source = doc.querySelector(`[${HOST_ATTR}="${part}"]`);
		if (!target || !source) continue;
		target.replaceChildren(...document.adoptNode(source).childNodes);
		target.dataset.filled = 'all';
	}
	if (anchorId && before !== undefined) {
		if (open) openEvidence(anchorId);
		const after = document.getElementById(anchorId)?.getBoundingClientRect().top;
		if (after !== undefined) window.scrollBy({ top: after - before, behavior: 'instant' });
	}
}
