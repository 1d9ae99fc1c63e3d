/**
 * The story's fixed vocabularies. Kept apart from the zod schema so that
 * components can use them without pulling the validator into the browser bundle.
 */

export const PRECISIONS = ['day', 'month', 'season', 'year'] as const;

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

export const CLAIM_STATUSES = [
	'confirmed',
	'official',
	'announced',
	'reported',
	'alleged',
	'denied'
] as const;

export const SOURCE_KINDS = [
	'news-report',
	'investigation',
	'analysis',
	'opinion',
	'leaked-cable',
	'official-statement',
	'think-tank-report',
	'interview',
	'social-media-post'
] as const;

/** substantive: the articles conflict on a fact; spelling: one thing named two ways. */
export const DISAGREEMENT_NATURES = ['substantive', 'spelling'] as const;
