/**
 * The browser's side of the static story markup (see parts.ts): the page never re-renders
 * the steps, it only sets their attributes, and fills the hosts when it opened with less.
 */
import { HOST_ATTR, STORY_PARTS, type StoryPart } from './parts';
import type { Visibility } from '../lens/filters';

export const host = (part: StoryPart) =>
	document.querySelector<HTMLElement>(`[${HOST_ATTR}="${part}"]`);

/** The hosts hold the whole story (not an event page's single event, not empty). */
export function hostsComplete(): boolean {
	return host('steps')?.dataset.filled === 'all';
}

/** The active step is marked for CSS and assistive technology alike. */
export function markActive(id: string | null) {
	for (const el of document.querySelectorAll('[data-step][aria-current]'))
		if (el.id !== id) el.removeAttribute('aria-current');
	if (id) document.getElementById(id)?.setAttribute('aria-current', 'step');
}

/** Faded steps collapse to their date and title; hidden ones, and chapters left empty, go. */
export function markVisibility(seen: Visibility) {
	for (const el of document.querySelectorAll<HTMLElement>('[data-step]')) {
		el.hidden = seen.hidden.has(el.id);
		el.toggleAttribute('data-dimmed', seen.dimmed.has(el.id));
	}
	for (const chapter of document.querySelectorAll<HTMLElement>('[data-era]')) {
		const steps = [...chapter.querySelectorAll<HTMLElement>('[data-step]')];
		chapter.hidden = steps.length > 0 && steps.every((s) => s.hidden);
	}
}

export function openEvidence(id: string) {
	const details = document.getElementById(id)?.querySelector('details.evidence');
	if (details instanceof HTMLDetailsElement) details.open = true;
}

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
	// Styles the fragment brings for parts the page did not have (the end sections).
	for (const style of doc.querySelectorAll('style[id]'))
		if (!document.getElementById(style.id)) document.head.append(document.adoptNode(style));
	if (anchorId && before !== undefined) {
		if (open) openEvidence(anchorId);
		const after = document.getElementById(anchorId)?.getBoundingClientRect().top;
		if (after !== undefined) window.scrollBy({ top: after - before, behavior: 'instant' });
	}
}
