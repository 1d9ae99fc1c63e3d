/**
 * What the browser gets of the story: ids, titles, dates, eras and who supports what,
 * enough for the graphic, the lens, the stepper and the contents list. Its size grows
 * with the number of events, never with the number of words: the steps themselves
 * arrive as prerendered markup (see src/hooks.server.ts), not as a second copy in data.
 */
import type { Story } from './schema';
import type { StoryIndex } from './indexes';
import { sourceLabel } from './labels';
import { eventDateLabel, formatDate } from '../time/dates';
import { searchText } from '../lens/search';

export interface ClientEvent {
	id: string;
	title: string;
	/** as the reader sees it: "Autumn 2020", "Since 2016" */
	date: string;
	era: string;
	themes: string[];
	/** title, date, places and people, folded for search */
	search: string;
}

export interface ClientSource {
	id: string;
	label: string;
	title: string;
	/** relayed by the articles, known only through them */
	secondary: boolean;
	/** kind and date: "news report · 7 Mar 2023" */
	about: string;
	/** the article's vantage point (articles only) */
	perspective?: string;
	/** ids of the events it supports */
	events: string[];
	/** how many claims cite it */
	claims: number;
}

export interface ClientStory {
	title: string;
	subtitle: string;
	/** for citing it: who made it, when it was updated, where it lives */
	site: Story['site'];
	range: { start: string; end: string };
	events: ClientEvent[];
	eras: { id: string; title: string; start: string; end: string }[];
	themes: { id: string; label: string }[];
	sources: ClientSource[];
	/** former id -> current id */
	redirects: Record<string, string>;
}

export function clientStory(story: Story, index: StoryIndex): ClientStory {
	const source = (s: Story['sources'][number] | Story['secondarySources'][number]) => ({
		id: s.id,
		label: sourceLabel(s),
		title: s.title,
		secondary: 'reportedBy' in s,
		about: `${s.kind.replace(/-/g, ' ')} · ${s.published ? formatDate(s.published) : 'date not given'}`,
		...('perspective' in s ? { perspective: s.perspective } : {}),
		events: index.eventsBySource.get(s.id) ?? [],
		claims: index.claimsBySource.get(s.id) ?? 0
	});
	return {
		title: story.title,
		subtitle: story.subtitle,
		site: story.site,
		range: story.range,
		events: story.events.map((e) => ({
			id: e.id,
			title: e.title,
			date: eventDateLabel(e),
			era: e.era,
			themes: e.themes,
			search: searchText(e)
		})),
		eras: index.chapters.map(({ era }) => ({
			id: era.id,
			title: era.title,
			start: era.start,
			end: era.end
		})),
		themes: story.themes.map((t) => ({ id: t.id, label: t.label })),
		sources: [...story.sources.map(source), ...story.secondarySources.map(source)],
		redirects: Object.fromEntries(index.redirects)
	};
}
