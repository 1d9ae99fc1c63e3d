/**
 * The browser's side of the static story markup (see parts.ts): the page never re-renders
 * the steps, it only sets their attributes, and fills the hosts when it opened with less.
 */
import { HOST_ATTR, type StoryPart } from './parts';
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
