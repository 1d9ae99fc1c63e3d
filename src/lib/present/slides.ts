/**
 * The presentation as data: a title slide, then each era's title slide followed by
 * its events. A slide is addressed by id (an event or era id; the title slide has
 * none), so any slide can be opened directly and looks as it does when reached.
 */
import type { Era, Story, StoryEvent } from '../story/schema';

export type Slide =
	| { kind: 'title'; id: null }
	| { kind: 'era'; id: string; era: Era }
	| { kind: 'event'; id: string; event: StoryEvent; era: Era };

export function buildSlides(story: Pick<Story, 'eras' | 'events'>): Slide[] {
	const slides: Slide[] = [{ kind: 'title', id: null }];
	for (const era of story.eras) {
		const events = story.events.filter((e) => e.era === era.id);
		if (!events.length) continue;
		slides.push({ kind: 'era', id: era.id, era });
		for (const event of events) slides.push({ kind: 'event', id: event.id, event, era });
	}
	return slides;
}

/** Index of the slide with this id; the title slide for null; -1 when unknown. */
export function slideIndex(slides: Slide[], id: string | null): number {
	return slides.findIndex((s) => s.id === id);
}

export function clampIndex(i: number, slides: Slide[]): number {
	return Math.min(Math.max(i, 0), slides.length - 1);
}

/** Keep a quote short enough for a slide, cutting at a word and saying so. */
export function shortQuote(quote: string, max = 160): string {
	if (quote.length <= max) return quote;
	const cut = quote.slice(0, max);
	return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '') + ' …';
}
