/**
 * Editorial guardrails: the checks that keep our own words neutral and every claim's
 * status honest. Pure functions over the story; validate.ts runs them and reports
 * each problem with its JSON path.
 */
import { normaliseQuote } from './quotes.ts';
import type { Claim, SecondarySource, Story } from './schema.ts';

/** One piece of our own text a reader sees, with its JSON path. */
export interface OwnText {
	path: string;
	text: string;
}

/**
 * Every field written in our voice: titles, summaries, claim texts, era texts, notes,
 * glossary entries, labels, intro and subtitle. Quotes and glossary spellings are the
 * articles' words and are checked against their texts elsewhere.
 */
export function ownTexts(story: Story): OwnText[] {
	const out: OwnText[] = [];
	const add = (path: string, text: string | null | undefined) => {
		if (text) out.push({ path, text });
	};
	add('title', story.title);
	add('subtitle', story.subtitle);
	story.intro.forEach((t, i) => add(`intro[${i}]`, t));
	story.themes.forEach((t, i) => {
		add(`themes[${i}].label`, t.label);
		add(`themes[${i}].description`, t.description);
	});
	story.eras.forEach((e, i) => {
		add(`eras[${i}].title`, e.title);
		add(`eras[${i}].summary`, e.summary);
		add(`eras[${i}].discussion`, e.discussion);
	});
	story.sources.forEach((s, i) => {
		add(`sources[${i}].label`, s.label);
		add(`sources[${i}].publishedNote`, s.publishedNote);
		add(`sources[${i}].perspective`, s.perspective);
		s.editorNotes?.forEach((n, j) =>
			add(`sources[${i}].editorNotes[${j}]`, typeof n === 'string' ? n : n.text)
		);
	});
	story.secondarySources.forEach((s, i) => {
		add(`secondarySources[${i}].label`, s.label);
		add(`secondarySources[${i}].title`, s.title);
		add(`secondarySources[${i}].note`, s.note);
	});
	story.events.forEach((e, i) => {
		add(`events[${i}].title`, e.title);
		add(`events[${i}].summary`, e.summary);
		add(`events[${i}].dateLabel`, e.dateLabel);
		add(`events[${i}].inferred`, e.inferred);
		e.claims.forEach((c, j) => add(`events[${i}].claims[${j}].text`, c.text));
		e.editorNotes?.forEach((n, j) =>
			add(`events[${i}].editorNotes[${j}]`, typeof n === 'string' ? n : n.text)
		);
	});
	story.discrepancies.forEach((d, i) => {
		add(`discrepancies[${i}].topic`, d.topic);
		d.values.forEach((v, j) => add(`discrepancies[${i}].values[${j}].value`, v.value));
		add(`discrepancies[${i}].editorNote`, d.editorNote);
	});
	story.glossary.forEach((g, i) => {
		add(`glossary[${i}].term`, g.term);
		add(`glossary[${i}].note`, g.note);
	});
	story.site.corrections.forEach((c, i) => add(`site.corrections[${i}].text`, c.text));
	return out;
}

const OPENS_AFTER = /[\s([{\u201C"\u2014\u2013/-]/;
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u201D"\u2014\u2013…-]/;

/**
 * The quoted stretches of a text, as [start, end) of their contents: "…", “…”, and
 * single-quoted '…' or ‘…’ (the story's house style), where a single mark opens only
 * after a space or bracket and closes only before a space or punctuation, so the
 * apostrophes in "Azerbaijan's" or "Israel’s" are not taken for quotation marks.
 */
export function quotedSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		const prev = i === 0 ? ' ' : text[i - 1];
		let close: number = -1;
		if (ch === '\u201C') close = text.indexOf('\u201D', i + 1);
		else if (ch === '"') close = text.indexOf('"', i + 1);
		else if (
			(ch === "'" || ch === '\u2018') &&
			OPENS_AFTER.test(prev) &&
			/\S/.test(text[i + 1] ?? '')
		)
			close = singleClose(text, i + 1);
		if (close > i) {
			spans.push([i + 1, close]);
			i = close + 1;
		} else i++;
	}
	return spans;
}

function singleClose(text: string, from: number): number {
	for (let j = from; j < text.length; j++) {
		if (text[j] !== "'" && text[j] !== '\u2019') continue;
		const next = j + 1 < text.length ? text[j + 1] : ' ';
		if (/\S/.test(text[j - 1]) && CLOSES_BEFORE.test(next)) return j;
	}
	return -1;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a whole word or phrase, any case, with an optional plural ending. */
function termPattern(term: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether quoted words are an article's own: each piece between ellipses is in one text. */
export function quotedInArticles(quoted: string, articleTexts: string[]): boolean {
	const pieces = quoted
		.split(/…|\.\.\./)
		.map((p) => normaliseQuote(p).toLowerCase())
		.filter((p) => p.length > 0);
	if (!pieces.length) return false;
	const texts = articleTexts.map((t) => normaliseQuote(t).toLowerCase());
	return texts.some((t) => pieces.every((p) => t.includes(p)));
}

export interface TermUse {
	term: string;
	/** outside quotation marks, or quoted words that are no article's */
	why: 'unquoted' | 'not-in-articles';
}

/**
 * Loaded terms in one of our texts that are not an article's own quoted words:
 * outside quotation marks, or inside a quotation that no article contains.
 */
export function loadedTermUses(text: string, terms: string[], articleTexts: string[]): TermUse[] {
	const spans = quotedSpans(text);
	const uses: TermUse[] = [];
	for (const term of terms) {
		for (const m of text.matchAll(termPattern(term))) {
			const at = m.index ?? 0;
			const span = spans.find(([s, e]) => at >= s && at + m[0].length <= e);
			if (!span) uses.push({ term, why: 'unquoted' });
			else if (!quotedInArticles(text.slice(span[0], span[1]), articleTexts))
				uses.push({ term, why: 'not-in-articles' });
		}
	}
	return uses;
}

/**
 * Wordings that put a claim on unnamed or foreign sources, or on no one: found in a
 * quote, they mean the article does not say who says it.
 */
export const UNNAMED_ATTRIBUTION: RegExp[] = [
	/\baccording to (?:the |some |other |several )?(?:[a-z]+ )?sources\b/i,
	/\b(?:israeli|foreign|defen[cs]e|diplomatic|security|western|unnamed|anonymous|informed|some|other) sources\b/i,
	/\bsources (?:said|say|says|told|claim|claimed|report|reported|believe)\b/i,
	/\b(?:one of the|the) sources\b/i,
	/\bforeign (?:media )?reports?\b/i,
	/\bforeign media\b/i,
	/\bmedia reports?\b/i,
	/\bit (?:was|is|has been) (?:reported|said|claimed|alleged|believed|stated)\b/i,
	/\breports (?:indicate|suggest|say|said|claim)\b/i,
	/\breportedly\b/i,
	/\ballegedly\b/i,
	/\bbelieved to\b/i
];

/** Whether a quote attributes what it says to unnamed or foreign sources. */
export function isUnnamedAttribution(quote: string): boolean {
	return UNNAMED_ATTRIBUTION.some((r) => r.test(quote));
}

/**
 * A claim rests only on unnamed or foreign sources when every citation's quote says
 * so and none relays a named outlet (a `via` whose secondary source has an outlet).
 */
export function restsOnUnnamedSources(
	claim: Claim,
	secondaryById: Map<string, Pick<SecondarySource, 'outlet'>>
): boolean {
	return claim.citations.every(
		(c) => isUnnamedAttribution(c.quote) && !(c.via && secondaryById.get(c.via)?.outlet)
	);
}

/** Verbs and phrases of saying: a claim text with one names that someone says it. */
export const SAYING = [
	'according to',
	'reported',
	'reports',
	'reportedly',
	'report says',
	'said',
	'says',
	'say',
	'alleged',
	'alleges',
	'allegedly',
	'claimed',
	'claims',
	'wrote',
	'writes',
	'announced',
	'announces',
	'stated',
	'told',
	'cited',
	'cites',
	'quoted',
	'quotes',
	'described',
	'describes',
	'calls',
	'called',
	'affirmed',
	'revealed',
	'reveals',
	'counted',
	'noted',
	'mentioned',
	'highlighted',
	'suggested',
	'suggests',
	'accused',
	'accuses',
	'charged',
	'testimony',
	'interpreted',
	'in its words',
	'in the words of'
];

/**
 * Whether a claim's text says who says it: an article's label or outlet, a relayed
 * source's outlet or label, or a verb of saying.
 */
export function hasAttribution(text: string, names: string[]): boolean {
	const named = names.some(
		(n) =>
			n && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u').test(text)
	);
	return named || SAYING.some((v) => termPattern(v).test(text));
}

/**
 * The names a claim can be attributed to: each article's label and outlet, and each
 * relayed source's outlet and label.
 */
export function attributionNames(story: Pick<Story, 'sources' | 'secondarySources'>): string[] {
	const names = new Set<string>();
	for (const s of story.sources) {
		names.add(s.label);
		if (s.outlet) names.add(s.outlet);
	}
	for (const s of story.secondarySources) {
		if (s.outlet) names.add(s.outlet);
		if (s.label) names.add(s.label);
	}
	return [...names];
}

/**
 * The three-digit codes of the article files (000_…txt): internal, never for readers.
 */
export function articleCodes(story: Pick<Story, 'sources'>): string[] {
	return story.sources
		.map((s) => /(?:^|\/)(\d{3})_[^/]*$/.exec(s.file)?.[1])
		.filter((c): c is string => Boolean(c));
}

/** Article codes a text uses as words ("004 says"), which a reader cannot resolve. */
export function bareCodes(text: string, codes: string[]): string[] {
	return codes.filter((c) => new RegExp(`(?<![\\w./-])${c}(?![\\w])`).test(text));
}
