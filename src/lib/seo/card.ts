/** Where the social cards live and what they say (the images are drawn in $lib/server/card). */
import type { Story, StoryEvent } from '$lib/story/schema';
import { STATUS_LABELS } from '$lib/story/labels';
import { eventDateLabel } from '$lib/time/dates';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export function storyCardPath(base: string): string {
	return `${base}/cards/story.png`;
}

export function eventCardPath(base: string, id: string): string {
	return `${base}/cards/events/${id}.png`;
}

/** The card's text for og:image:alt: what a reader who cannot see it would miss. */
export function eventCardAlt(story: Pick<Story, 'title'>, event: StoryEvent): string {
	const status = STATUS_LABELS[event.claims[0].status];
	return `${eventDateLabel(event)}: ${event.title} (${status}), marked on the time axis of ${story.title}`;
}

/** The story's card, on every page without its own: the title, the subtitle and the axis. */
export const SITE_CARD_ALT =
	'Title card of Israel and Azerbaijan: a sourced timeline, with every event on its time axis';
