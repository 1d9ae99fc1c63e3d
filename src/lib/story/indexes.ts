/**
 * Lookups derived once from a validated story (at build time; the slides rebuild them
 * from their shared file, which is cheaper than sending them), so components never
 * search arrays in their templates.
 */
import type {
	Citation,
	Discrepancy,
	Era,
	SecondarySource,
	Source,
	Story,
	StoryEvent,
	Theme
} from './schema';

export interface StoryIndex {
	eventById: Map<string, StoryEvent>;
	/** former id -> current id */
	redirects: Map<string, string>;
	eraById: Map<string, Era>;
	themeById: Map<string, Theme>;
	sourceById: Map<string, Source>;
	secondaryById: Map<string, SecondarySource>;
	discrepanciesByEvent: Map<string, Discrepancy[]>;
	/** events grouped under their eras, in story order */
	chapters: { era: Era; events: StoryEvent[] }[];
	/** source id (article or secondary) -> ids of events it supports */
	eventsBySource: Map<string, string[]>;
	/** source id (article or secondary) -> number of claims citing it */
	claimsBySource: Map<string, number>;
}

/** Every source id a citation rests on: the article, and the report it relays. */
export function citationSources(c: Citation): string[] {
	return c.via ? [c.source, c.via] : [c.source];
}

export function buildIndex(story: Story): StoryIndex {
	const eventsBySource = new Map<string, string[]>();
	const claimsBySource = new Map<string, number>();
	for (const e of story.events) {
		for (const claim of e.claims) {
			const ids = new Set(claim.citations.flatMap(citationSources));
			for (const id of ids) {
				claimsBySource.set(id, (claimsBySource.get(id) ?? 0) + 1);
				const list = eventsBySource.get(id) ?? [];
				if (!list.includes(e.id)) list.push(e.id);
				eventsBySource.set(id, list);
			}
		}
	}
	const discrepanciesByEvent = new Map<string, Discrepancy[]>();
	for (const d of story.discrepancies) {
		for (const id of d.events) {
			discrepanciesByEvent.set(id, [...(discrepanciesByEvent.get(id) ?? []), d]);
		}
	}
	return {
		eventById: new Map(story.events.map((e) => [e.id, e])),
		redirects: new Map(story.events.flatMap((e) => (e.formerIds ?? []).map((f) => [f, e.id]))),
		eraById: new Map(story.eras.map((e) => [e.id, e])),
		themeById: new Map(story.themes.map((t) => [t.id, t])),
		sourceById: new Map(story.sources.map((s) => [s.id, s])),
		secondaryById: new Map(story.secondarySources.map((s) => [s.id, s])),
		discrepanciesByEvent,
		chapters: story.eras
			.map((era) => ({ era, events: story.events.filter((e) => e.era === era.id) }))
			.filter((c) => c.events.length > 0),
		eventsBySource,
		claimsBySource
	};
}
