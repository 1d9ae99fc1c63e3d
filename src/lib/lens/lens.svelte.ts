/**
 * The reader's lens: one source and/or some themes. StoryPage owns it (it reads the URL
 * and writes it back); everything else reads what is shown, faded and hidden from here.
 */
import type { ClientStory } from '../story/client';
import { eventsBySource, fadedIds, NO_FILTERS, visibility, type Filters } from './filters';

export class Lens {
	filters = $state<Filters>(NO_FILTERS);
	// Set once by the constructor; the deriveds below first run after it.
	#bySource: ReturnType<typeof eventsBySource> = eventsBySource([]);
	#events: ClientStory['events'] = [];

	constructor(data: ClientStory) {
		this.#bySource = eventsBySource(data.sources);
		this.#events = data.events;
	}

	readonly seen = $derived(visibility(this.#events, this.filters, this.#bySource));
	/** the visible steps, in reading order */
	readonly stepIds = $derived(
		this.#events.filter((e) => !this.seen.hidden.has(e.id)).map((e) => e.id)
	);
	readonly faded = $derived(fadedIds(this.seen));
	readonly on = $derived(!!this.filters.source || this.filters.themes.length > 0);

	set(next: Filters) {
		this.filters = next;
	}
}
