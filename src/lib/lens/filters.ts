/**
 * Reading the story through a lens: one source (`?source=`) and/or some themes
 * (`?theme=a,b`). Both live in the URL so a teacher can link to "the story as
 * outlet X tells it". Pure: the page reads the URL in the browser (never while
 * prerendering) and derives what is shown, dimmed and hidden from this.
 */
import type { StoryEvent } from '../story/schema';
import type { StoryIndex } from '../story/indexes';

export interface Filters {
	/** an article or secondary source id; null for all */
	source: string | null;
	/** theme ids; empty for all */
	themes: string[];
}

export const NO_FILTERS: Filters = { source: null, themes: [] };

/** Unknown ids are dropped, so a stale link still opens the story. */
export function parseFilters(
	search: string,
	known: { sources: Set<string>; themes: Set<string> }
): Filters {
	const params = new URLSearchParams(search);
	const source = params.get('source');
	const themes = (params.get('theme') ?? '').split(',').filter((t) => known.themes.has(t));
	return {
		source: source && known.sources.has(source) ? source : null,
		themes: [...new Set(themes)]
	};
}

/** The query string for these filters ('' when none), keeping any other parameters. */
export function filtersToSearch(filters: Filters, current = ''): string {
	const params = new URLSearchParams(current);
	params.delete('source');
	params.delete('theme');
	if (filters.source) params.set('source', filters.source);
	if (filters.themes.length) params.set('theme', filters.themes.join(','));
	const s = params.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

export interface Visibility {
	/** steps hidden by the theme filter */
	hidden: Set<string>;
	/** shown, but outside the lens: faded */
	dimmed: Set<string>;
}

export function visibility(
	events: Pick<StoryEvent, 'id' | 'themes'>[],
	filters: Filters,
	index: Pick<StoryIndex, 'eventsBySource'>
): Visibility {
	const supported = filters.source ? new Set(index.eventsBySource.get(filters.source) ?? []) : null;
	const hidden = new Set<string>();
	const dimmed = new Set<string>();
	for (const e of events) {
		if (filters.themes.length && !e.themes.some((t) => filters.themes.includes(t)))
			hidden.add(e.id);
		else if (supported && !supported.has(e.id)) dimmed.add(e.id);
	}
	return { hidden, dimmed };
}

/** source id -> the events it supports, for `visibility` (built once per page). */
export function eventsBySource(
	sources: { id: string; events: string[] }[]
): Pick<StoryIndex, 'eventsBySource'> {
	return { eventsBySource: new Map(sources.map((s) => [s.id, s.events])) };
}

/** Everything drawn faded: hidden by a theme and set back by a lens alike. */
export function fadedIds(seen: Visibility): Set<string> {
	return new Set([...seen.hidden, ...seen.dimmed]);
}
