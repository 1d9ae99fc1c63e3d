/** The document's title: the event the reader is on, or the story in the intro. */

/** An event as the page knows it: its title and its date as a reader reads it. */
export interface TitledEvent {
	title: string;
	/** "October 2022", "Since 2016" */
	date: string;
}

export function documentTitle(storyTitle: string, event: TitledEvent | null): string {
	return event ? `${event.title} (${event.date}) · ${storyTitle}` : storyTitle;
}
