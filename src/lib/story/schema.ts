/**
 * The story's contract. Everything else (validator, JSON Schema, components)
 * derives its types from here, so a field added here is a field checked everywhere.
 *
 * zod 4 rather than valibot: it emits JSON Schema natively (z.toJSONSchema), so the
 * editor schema in data/story.schema.json can never drift from the runtime one; its
 * weight is irrelevant because validation only runs at build time, never in the browser.
 */
import { z } from 'zod';
import {
	CLAIM_STATUSES,
	DISAGREEMENT_NATURES,
	PRECISIONS,
	SEASONS,
	SOURCE_KINDS
} from './vocabulary.ts';

export { CLAIM_STATUSES, DISAGREEMENT_NATURES, PRECISIONS, SEASONS, SOURCE_KINDS };

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, single hyphens)');
const text = z.string().trim().min(1, 'must not be empty');

/** ISO date of the precision it claims: "2020", "2020-09" or "2020-09-27". */
export const isoPartial = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A date as precise as the source is, and no more. */
export const DateSpec = z
	.object({
		date: isoPartial.describe('day: YYYY-MM-DD; month: YYYY-MM; season and year: YYYY'),
		precision: z.enum(PRECISIONS),
		season: z.enum(SEASONS).optional().describe('required when precision is "season"'),
		part: z
			.enum(['early', 'mid', 'late'])
			.optional()
			.describe('"late 2021": narrows a year to a third, or a month to ten days')
	})
	.strict();

export const Citation = z
	.object({
		source: slug.describe('id of an article in sources (its text is checked)'),
		quote: text.describe(
			'exact words from the source text (whitespace and quote marks normalised)'
		),
		via: slug
			.optional()
			.describe('id of the secondary source the article attributes this to, e.g. a Haaretz report')
	})
	.strict();

export const Claim = z
	.object({
		text: text.describe('our neutral statement of what the sources say'),
		status: z.enum(CLAIM_STATUSES),
		citations: z.array(Citation).min(1, 'a claim needs at least one citation')
	})
	.strict();

/**
 * An editors' note: a plain string rests on the articles; an object with
 * `outside: true` rests on knowledge from outside them and is shown as such.
 */
export const EditorNote = z.union([
	text,
	z
		.object({
			text,
			outside: z.literal(true).describe('the note rests on knowledge outside the five articles')
		})
		.strict()
]);

export const Event = z
	.object({
		id: slug.describe('permanent: it is a URL. Rename only with formerIds'),
		formerIds: z.array(slug).optional(),
		title: text,
		summary: text.describe('neutral, our words; loaded wording belongs in quotes'),
		when: DateSpec,
		until: DateSpec.optional().describe(
			'end of a span, e.g. flights "since 2016" up to the report'
		),
		dateLabel: text.optional().describe('overrides the generated label, e.g. "Since 2016"'),
		inferred: text
			.optional()
			.describe('present when the date is inferred from context: how it was inferred'),
		reported: DateSpec.optional().describe('when it was made public, if different from when'),
		era: slug,
		themes: z.array(slug).min(1),
		places: z.array(text).optional(),
		people: z.array(text).optional(),
		claims: z.array(Claim).min(1, 'an event needs at least one claim'),
		editorNotes: z
			.array(EditorNote)
			.optional()
			.describe("our own remarks, always shown as the editors'")
	})
	.strict();

export const Source = z
	.object({
		id: slug,
		label: text
			.max(40)
			.describe(
				'short, stable name a reader sees wherever this article is named, e.g. "Al-Monitor, Mar 2023"'
			),
		title: text,
		outlet: text.nullable().describe('null when the text does not show it: never guess'),
		byline: text.nullable().optional(),
		published: DateSpec.nullable(),
		publishedNote: text.optional().describe('how the publication date was worked out'),
		kind: z.enum(SOURCE_KINDS),
		perspective: text,
		file: z
			.string()
			.regex(/^data\/sources\/[\w.-]+\.txt$/, 'must be a .txt file under data/sources/'),
		editorNotes: z.array(EditorNote).optional()
	})
	.strict();

export const SecondarySource = z
	.object({
		id: slug,
		label: text.max(40).optional().describe('defaults to "<outlet>, <date>"'),
		title: text,
		outlet: text.nullable(),
		published: DateSpec.nullable(),
		kind: z.enum(SOURCE_KINDS),
		reportedBy: z.array(slug).min(1).describe('ids of the articles that cite it'),
		note: text.optional()
	})
	.strict();

export const DiscrepancyValue = z
	.object({
		value: text,
		citations: z.array(Citation).min(1)
	})
	.strict();

export const Discrepancy = z
	.object({
		id: slug,
		topic: text,
		kind: z.enum(['count', 'date', 'duration', 'figure', 'name', 'place', 'attribution']),
		nature: z
			.enum(DISAGREEMENT_NATURES)
			.describe(
				'substantive: the articles conflict on a fact; spelling: the same thing named or spelled differently'
			),
		events: z.array(slug).min(1),
		values: z.array(DiscrepancyValue).min(2, 'a disagreement needs at least two values'),
		editorNote: text.optional()
	})
	.strict();

export const Era = z
	.object({
		id: slug,
		title: text,
		start: isoPartial,
		end: isoPartial,
		summary: text,
		discussion: text.describe('classroom question: ours, never attributed to a source')
	})
	.strict();

export const Theme = z.object({ id: slug, label: text, description: text }).strict();

export const GlossaryEntry = z
	.object({
		term: text,
		kind: z.enum(['place', 'person', 'organisation', 'system', 'term']),
		variants: z.array(z.object({ spelling: text, sources: z.array(slug).min(1) }).strict()).min(1),
		note: text.optional()
	})
	.strict();

export const Correction = z
	.object({ date: isoPartial, text: text.describe('what was wrong and what changed') })
	.strict();

export const Site = z
	.object({
		url: z
			.string()
			.regex(/^https:\/\/[^/\s]+(\/[^\s]*)?$/, 'must be an absolute https:// address')
			.nullable()
			.describe('public address (overridable by SITE_URL): printed links and QR codes use it'),
		credit: text.describe('who made it'),
		updated: isoPartial.describe('when the story was last updated'),
		corrections: z.array(Correction)
	})
	.strict();

export const Story = z
	.object({
		$schema: z.string().optional(),
		site: Site,
		title: text,
		subtitle: text,
		loadedTerms: z
			.array(text)
			.min(1)
			.describe(
				"words that may appear in our own text only inside quotation marks, as an article's words"
			),
		intro: z.array(text).min(1),
		range: z.object({ start: isoPartial, end: isoPartial }).strict(),
		focus: z
			.array(z.object({ start: isoPartial, end: isoPartial }).strict())
			.describe('stretches where events crowd: the axis zooms in when the active event is inside'),
		themes: z.array(Theme).min(1),
		eras: z.array(Era).min(1),
		sources: z.array(Source).min(1),
		secondarySources: z.array(SecondarySource),
		events: z.array(Event).min(1),
		discrepancies: z.array(Discrepancy),
		glossary: z.array(GlossaryEntry)
	})
	.strict();

export type DateSpec = z.infer<typeof DateSpec>;
export type Precision = (typeof PRECISIONS)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type Citation = z.infer<typeof Citation>;
export type Claim = z.infer<typeof Claim>;
export type EditorNote = z.infer<typeof EditorNote>;
export type StoryEvent = z.infer<typeof Event>;
export type Source = z.infer<typeof Source>;
export type SecondarySource = z.infer<typeof SecondarySource>;
export type Discrepancy = z.infer<typeof Discrepancy>;
export type Era = z.infer<typeof Era>;
export type Theme = z.infer<typeof Theme>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type Story = z.infer<typeof Story>;
export type Site = z.infer<typeof Site>;
export type DisagreementNature = (typeof DISAGREEMENT_NATURES)[number];

/** The JSON Schema an editor uses to autocomplete and check data/story.json. */
export function storyJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(Story, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
