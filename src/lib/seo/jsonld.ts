/**
 * Structured data (schema.org, JSON-LD) for an event page: what it is and no more. The
 * page is an entry of the story, about something that happened at a date as precise as the
 * sources give it; the articles it quotes are its citations. Built at prerender time.
 */
import type { SecondarySource, Source, Story, StoryEvent } from '$lib/story/schema';
import { citationSources } from '$lib/story/indexes';

export interface EventPageUrls {
	page: string;
	story: string;
	image: string;
}

/** ISO 8601 as precise as the data: "2022-10", "2016/2023", "2018-05-14". */
export function temporalCoverage(event: Pick<StoryEvent, 'when' | 'until'>): string {
	return event.until ? `${event.when.date}/${event.until.date}` : event.when.date;
}

function citation(source: Source | SecondarySource) {
	return {
		'@type': 'CreativeWork',
		name: source.title,
		// Only what the text shows: an outlet the article does not name stays unnamed.
		...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
		...(source.published ? { datePublished: source.published.date } : {})
	};
}

export function eventJsonLd(
	story: Pick<Story, 'title' | 'subtitle' | 'site' | 'sources' | 'secondarySources'>,
	event: StoryEvent,
	urls: EventPageUrls
) {
	const cited = new Set(event.claims.flatMap((c) => c.citations.flatMap(citationSources)));
	const sources = [...story.sources, ...story.secondarySources].filter((s) => cited.has(s.id));
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		url: urls.page,
		name: event.title,
		description: event.summary,
		image: urls.image,
		temporalCoverage: temporalCoverage(event),
		dateModified: story.site.updated,
		author: { '@type': 'Organization', name: story.site.credit },
		isPartOf: {
			'@type': 'CreativeWork',
			name: story.title,
			description: story.subtitle,
			url: urls.story
		},
		citation: sources.map(citation)
	};
}

/**
 * JSON for a <script type="application/ld+json">: "<" escaped so no text in the story can
 * close the element, and the two line separators JavaScript once choked on.
 */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
