/**
 * Everything the schema alone cannot say: references between parts of the story,
 * dates that exist and run forwards, and quotes that really are in their sources.
 * Pure: the caller passes a way to read source files, so tests need no disk.
 */
import type { z } from 'zod';
import { Story, type Citation, type DateSpec } from './schema.ts';
import { closestPassage, quoteIsIn } from './quotes.ts';
import { dateProblem, interval, parsePartial } from '../time/dates.ts';
import {
	articleCodes,
	attributionNames,
	bareCodes,
	hasAttribution,
	loadedTermUses,
	ownTexts,
	restsOnUnnamedSources
} from './editorial.ts';

export interface Problem {
	/** JSON path in the story file, e.g. events[12].claims[0].citations[1].quote */
	path: string;
	message: string;
}

export type ValidationResult =
	{ ok: true; story: Story; problems: [] } | { ok: false; story: null; problems: Problem[] };

/** events[12].claims[0] from ['events', 12, 'claims', 0]. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
		.join('');
}

function schemaProblems(error: z.ZodError): Problem[] {
	return error.issues.map((issue) => ({
		path: formatPath(issue.path) || '(root)',
		message: issue.message
	}));
}

/**
 * @param readSource returns a source file's text, or null when it does not exist
 */
export function validateStory(
	input: unknown,
	readSource: (file: string) => string | null
): ValidationResult {
	const parsed = Story.safeParse(input);
	if (!parsed.success) return { ok: false, story: null, problems: schemaProblems(parsed.error) };
	const story = parsed.data;
	const problems: Problem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });

	const unique = (ids: string[], path: (i: number) => string, what: string) => {
		const seen = new Map<string, number>();
		ids.forEach((id, i) => {
			if (seen.has(id)) add(path(i), `duplicate ${what} "${id}" (first at index ${seen.get(id)})`);
			else seen.set(id, i);
		});
		return new Set(ids);
	};

	const themes = unique(
		story.themes.map((t) => t.id),
		(i) => `themes[${i}].id`,
		'theme id'
	);
	const eras = unique(
		story.eras.map((e) => e.id),
		(i) => `eras[${i}].id`,
		'era id'
	);
	const articles = unique(
		story.sources.map((s) => s.id),
		(i) => `sources[${i}].id`,
		'source id'
	);
	const secondary = new Set(story.secondarySources.map((s) => s.id));
	story.secondarySources.forEach((s, i) => {
		if (articles.has(s.id) || story.secondarySources.findIndex((o) => o.id === s.id) !== i)
			add(`secondarySources[${i}].id`, `duplicate source id "${s.id}"`);
		s.reportedBy.forEach((r, j) => {
			if (!articles.has(r))
				add(`secondarySources[${i}].reportedBy[${j}]`, `unknown article "${r}"`);
		});
		if (s.published) checkDate(s.published, `secondarySources[${i}].published`);
	});

	// Event ids and former ids share one namespace: both are URLs.
	const eventIds = new Map<string, string>();
	story.events.forEach((e, i) => {
		for (const [id, path] of [
			[e.id, `events[${i}].id`],
			...(e.formerIds ?? []).map((f, j) => [f, `events[${i}].formerIds[${j}]`])
		]) {
			if (eventIds.has(id))
				add(path, `duplicate event id "${id}" (already used at ${eventIds.get(id)})`);
			else eventIds.set(id, path);
		}
	});
	const liveIds = new Set(story.events.map((e) => e.id));

	function checkDate(spec: DateSpec, path: string) {
		const p = dateProblem(spec);
		if (p) add(path, p);
		return !p;
	}

	const texts = new Map<string, string | null>();
	story.sources.forEach((s, i) => {
		const t = readSource(s.file);
		texts.set(s.id, t);
		if (t === null) add(`sources[${i}].file`, `file not found: ${s.file}`);
		if (s.published) checkDate(s.published, `sources[${i}].published`);
	});
	const sourceFile = new Map(story.sources.map((s) => [s.id, s.file]));

	function checkCitation(c: Citation, path: string) {
		if (!articles.has(c.source)) {
			add(
				`${path}.source`,
				secondary.has(c.source)
					? `"${c.source}" is a secondary source: cite the article that reports it, with via: "${c.source}"`
					: `unknown source "${c.source}"`
			);
			return;
		}
		if (c.via) {
			const s = story.secondarySources.find((x) => x.id === c.via);
			if (!s) add(`${path}.via`, `unknown secondary source "${c.via}"`);
			else if (!s.reportedBy.includes(c.source))
				add(`${path}.via`, `"${c.via}" does not list "${c.source}" in reportedBy`);
		}
		const text = texts.get(c.source);
		if (text && !quoteIsIn(c.quote, text)) {
			const near = closestPassage(c.quote, text);
			add(
				`${path}.quote`,
				`not found in ${sourceFile.get(c.source)}` + (near ? ` (closest: "${near}")` : '')
			);
		}
	}

	const start = parsePartial(story.range.start);
	const end = parsePartial(story.range.end);
	if (end <= start) add('range.end', 'end must be after start');
	story.focus.forEach((f, i) => {
		if (parsePartial(f.end) <= parsePartial(f.start))
			add(`focus[${i}].end`, 'end must be after start');
	});
	story.eras.forEach((e, i) => {
		if (parsePartial(e.end) <= parsePartial(e.start))
			add(`eras[${i}].end`, 'end must be after start');
	});

	let previous: { start: Date; id: string } | null = null;
	story.events.forEach((e, i) => {
		const at = `events[${i}]`;
		if (!eras.has(e.era)) add(`${at}.era`, `unknown era "${e.era}"`);
		e.themes.forEach((t, j) => {
			if (!themes.has(t)) add(`${at}.themes[${j}]`, `unknown theme "${t}"`);
		});
		const okWhen = checkDate(e.when, `${at}.when`);
		const okUntil = e.until ? checkDate(e.until, `${at}.until`) : true;
		if (e.reported) checkDate(e.reported, `${at}.reported`);
		if (okWhen && okUntil && e.until && interval(e.until).end <= interval(e.when).start)
			add(`${at}.until`, 'ends before it starts');
		if (okWhen) {
			const s = interval(e.when).start;
			if (s < start || s >= end)
				add(`${at}.when`, `outside the story's range ${story.range.start}–${story.range.end}`);
			if (previous && s < previous.start)
				add(`${at}.when`, `out of chronological order: "${e.id}" starts before "${previous.id}"`);
			previous = { start: s, id: e.id };
		}
		e.claims.forEach((c, j) =>
			c.citations.forEach((cit, k) => checkCitation(cit, `${at}.claims[${j}].citations[${k}]`))
		);
	});

	story.discrepancies.forEach((d, i) => {
		d.events.forEach((id, j) => {
			if (!liveIds.has(id)) add(`discrepancies[${i}].events[${j}]`, `unknown event "${id}"`);
		});
		d.values.forEach((v, j) =>
			v.citations.forEach((c, k) =>
				checkCitation(c, `discrepancies[${i}].values[${j}].citations[${k}]`)
			)
		);
	});
	unique(
		story.discrepancies.map((d) => d.id),
		(i) => `discrepancies[${i}].id`,
		'discrepancy id'
	);

	story.glossary.forEach((g, i) =>
		g.variants.forEach((v, j) =>
			v.sources.forEach((s, k) => {
				if (!articles.has(s) && !secondary.has(s))
					add(`glossary[${i}].variants[${j}].sources[${k}]`, `unknown source "${s}"`);
			})
		)
	);

	editorialProblems(story, texts).forEach((p) => add(p.path, p.message));

	return problems.length ? { ok: false, story: null, problems } : { ok: true, story, problems: [] };
}

/**
 * The editorial rules (see STATUS_HELP in labels.ts): loaded terms only as an
 * article's quoted words; no status stronger than its sources; no unhedged claim;
 * no internal article code where a reader sees it.
 * @param texts article id -> its text (null when the file is missing)
 */
export function editorialProblems(
	story: Story,
	texts: ReadonlyMap<string, string | null>
): Problem[] {
	const problems: Problem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });
	const articleTexts = [...texts.values()].filter((t): t is string => t !== null);
	const codes = articleCodes(story);

	for (const { path, text } of ownTexts(story)) {
		for (const use of loadedTermUses(text, story.loadedTerms, articleTexts))
			add(
				path,
				use.why === 'unquoted'
					? `loaded term "${use.term}" in our own words: quote the article that uses it, or rephrase`
					: `loaded term "${use.term}" is quoted, but the quotation is not in any article`
			);
		for (const code of bareCodes(text, codes))
			add(path, `names an article by its file code "${code}": use its label`);
	}

	const secondaryById = new Map(story.secondarySources.map((s) => [s.id, s]));
	const names = attributionNames(story);
	story.events.forEach((e, i) =>
		e.claims.forEach((c, j) => {
			const at = `events[${i}].claims[${j}]`;
			const unnamed = restsOnUnnamedSources(c, secondaryById);
			if (unnamed && (c.status === 'reported' || c.status === 'confirmed'))
				add(
					`${at}.status`,
					`"${c.status}" but every citation rests on unnamed or foreign sources and relays no named outlet: use "alleged"`
				);
			if (c.status === 'confirmed') {
				const articles = new Set(c.citations.map((x) => x.source));
				const vias = new Set(c.citations.map((x) => x.via ?? ''));
				if (articles.size < 2)
					add(`${at}.status`, '"confirmed" needs citations from at least two different articles');
				else if (vias.size === 1 && !vias.has(''))
					add(
						`${at}.status`,
						`"confirmed" needs two independent accounts, but every citation relays "${[...vias][0]}"`
					);
			}
			if (c.status !== 'confirmed' && c.status !== 'official' && !hasAttribution(c.text, names))
				add(
					`${at}.text`,
					`a "${c.status}" claim must say who says it (an article's label, an outlet, or a verb such as "reported", "said", "according to")`
				);
		})
	);
	return problems;
}

/** One line per problem, each naming the file: what an editor fixes from. */
export function formatProblems(file: string, problems: Problem[]): string {
	return problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n');
}

export function summarise(story: Story): string {
	const claims = story.events.flatMap((e) => e.claims);
	const citations = claims.reduce((n, c) => n + c.citations.length, 0);
	return (
		`${story.events.length} events, ${claims.length} claims, ${citations} citations, ` +
		`${story.sources.length} sources (+${story.secondarySources.length} secondary), ` +
		`${story.discrepancies.length} discrepancies`
	);
}
