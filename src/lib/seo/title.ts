/** The document's title: the event the reader is on, or the story in the intro. */
import type { StoryEvent } from '$lib/story/schema';
import { eventDateLabel } from '$lib/time/dates';

export function documentTitle(
	storyTitle: string,
	event: Pick<StoryEvent, 'title' | 'when' | 'until' | 'dateLabel'> | null
): string {
	return event ? `${event.title} (${eventDateLabel(event)}) · ${storyTitle}` : storyTitle;
}
