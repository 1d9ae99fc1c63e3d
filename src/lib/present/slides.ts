/**
 * The presentation as data: a title slide (with the key to the claim labels), then
 * each era's slide followed by its events. An event that does not fit one screen
 * becomes several slides (its claims, then their evidence), never smaller type; each
 * substantive disagreement gets a slide of its own after the first event it concerns.
 * A slide is addressed by id, so any slide can be opened directly and looks as it
 * does when reached. Pure: the split is decided from the text alone (see fit.ts), so
 * the same URL always shows the same slide on any screen.
 */
import type {
	Citation,
	Claim,
	ClaimStatus,
	Discrepancy,
	Era,
	Story,
	StoryEvent
} from '../story/schema';
import { CLAIM_STATUSES } from '../story/vocabulary';
import {
	BODY_BUDGET,
	bodyScale,
	LEADING,
	claimCost,
	disagreementRows,
	quoteCost,
	summaryCost,
	titleExtra
} from './fit';

/** What an event slide shows: everything, only the claims, or the claims with their quotes. */
export type EventPart = 'all' | 'claims' | 'evidence';

export interface EventSlide {
	kind: 'event';
	id: string;
	event: StoryEvent;
	era: Era;
	part: EventPart;
	/** the claims on this slide; on evidence slides, with only the citations shown here */
	claims: Claim[];
	/** the first of them's number among the event's claims (a teacher's "claim 5" is 5 here too) */
	start: number;
	/** 1-based position among this event's slides, and how many it has */
	step: number;
	steps: number;
	/** the body's type, in the slide's: larger where there is room (see bodyScale) */
	scale: number;
}

export interface DisagreementSlide {
	kind: 'disagreement';
	id: string;
	discrepancy: Discrepancy;
	/** the values shown here (all of them unless the disagreement needs two slides) */
	values: Discrepancy['values'];
	event: StoryEvent;
	era: Era;
	step: number;
	steps: number;
}

export type Slide =
	| { kind: 'title'; id: null; statuses: ClaimStatus[] }
	| { kind: 'era'; id: string; era: Era; events: StoryEvent[] }
	| EventSlide
	| DisagreementSlide;

/** Ids of an event's extra slides: `--` never occurs in a slug, so they cannot clash. */
export const partId = (eventId: string, n: number) => (n === 1 ? eventId : `${eventId}--${n}`);
export const disagreementId = (id: string, n = 1) =>
	n === 1 ? `disagreement--${id}` : `disagreement--${id}--${n}`;

/** Fill pages greedily with items of a given cost, never leaving a page empty. */
function paginate<T>(items: T[], cost: (t: T) => number, budget: number): T[][] {
	const pages: T[][] = [];
	let page: T[] = [];
	let used = 0;
	for (const item of items) {
		const c = cost(item);
		if (page.length && used + c > budget) {
			pages.push(page);
			[page, used] = [[], 0];
		}
		page.push(item);
		used += c;
	}
	if (page.length) pages.push(page);
	return pages;
}

/** One claim with a run of its citations: the unit evidence slides are made of. */
interface Evidence {
	claim: Claim;
	citations: Citation[];
}

/** Each claim with its quotes, a claim split where its quotes alone overflow a slide. */
function evidenceUnits(claims: Claim[], budget: number): Evidence[] {
	return claims.flatMap((claim) => {
		const head = claimCost(claim);
		return paginate(claim.citations, quoteCost, budget - head).map((citations) => ({
			claim,
			citations
		}));
	});
}

function eventParts(event: StoryEvent): Pick<EventSlide, 'part' | 'claims' | 'start' | 'scale'>[] {
	const budget = BODY_BUDGET - titleExtra(event.title);
	const summary = (w?: number) => summaryCost(event.summary, w);
	const quoted = (claims: Claim[], w?: number) =>
		claims.reduce((n, c) => n + claimCost(c, c.citations, w), 0);
	const all = summary() + quoted(event.claims);
	if (all <= budget)
		return [
			{
				part: 'all',
				claims: event.claims,
				start: 1,
				scale: bodyScale((w) => summary(w) + quoted(event.claims, w), budget)
			}
		];

	const claimPages = paginate(event.claims, (c) => claimCost(c), budget - summary());
	const evidence = paginate(
		evidenceUnits(event.claims, budget),
		(u) => claimCost(u.claim, u.citations),
		budget
	);
	const numberOf = (claim: Claim) => event.claims.indexOf(claim) + 1;
	// The claims slides end with a one-line pointer to the quotes (0.75 em).
	const stated = (claims: Claim[], w?: number) =>
		summary(w) + claims.reduce((n, c) => n + claimCost(c, [], w), 0) + LEADING;
	return [
		...claimPages.map((claims) => ({
			part: 'claims' as const,
			claims,
			start: numberOf(claims[0]),
			scale: bodyScale((w) => stated(claims, w), budget)
		})),
		...evidence.map((units) => {
			const claims = units.map((u) => ({ ...u.claim, citations: u.citations }));
			return {
				part: 'evidence' as const,
				claims,
				start: numberOf(units[0].claim),
				scale: bodyScale((w) => quoted(claims, w), budget)
			};
		})
	];
}

/** A disagreement's values on as few slides as fit, in rows of side-by-side columns. */
function disagreementPages(d: Discrepancy): Discrepancy['values'][] {
	const budget = BODY_BUDGET - titleExtra(d.topic);
	if (disagreementRows(d.values) <= budget) return [d.values];
	const half = Math.ceil(d.values.length / 2);
	return [d.values.slice(0, half), d.values.slice(half)];
}

export function buildSlides(
	story: Pick<Story, 'eras' | 'events'> & Partial<Pick<Story, 'discrepancies'>>
): Slide[] {
	const used = new Set(story.events.flatMap((e) => e.claims?.map((c) => c.status) ?? []));
	const slides: Slide[] = [
		{ kind: 'title', id: null, statuses: CLAIM_STATUSES.filter((s) => used.has(s)) }
	];
	// Each substantive disagreement follows the first event (in story order) it concerns.
	const placed = new Set<string>();
	for (const era of story.eras) {
		const events = story.events.filter((e) => e.era === era.id);
		if (!events.length) continue;
		slides.push({ kind: 'era', id: era.id, era, events });
		for (const event of events) {
			const parts = event.claims
				? eventParts(event)
				: [{ part: 'all' as const, claims: [], start: 1, scale: 1 }];
			const disagreements = (story.discrepancies ?? []).filter(
				(d) => d.nature === 'substantive' && d.events.includes(event.id) && !placed.has(d.id)
			);
			disagreements.forEach((d) => placed.add(d.id));
			const extra = disagreements.map((d) => ({ d, pages: disagreementPages(d) }));
			const steps = parts.length + extra.reduce((n, x) => n + x.pages.length, 0);
			parts.forEach((p, i) =>
				slides.push({
					kind: 'event',
					id: partId(event.id, i + 1),
					event,
					era,
					...p,
					step: i + 1,
					steps
				})
			);
			let step = parts.length;
			for (const { d, pages } of extra)
				pages.forEach((values, i) =>
					slides.push({
						kind: 'disagreement',
						id: disagreementId(d.id, i + 1),
						discrepancy: d,
						values,
						event,
						era,
						step: ++step,
						steps
					})
				);
		}
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
