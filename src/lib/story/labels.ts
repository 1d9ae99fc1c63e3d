/** How the story's vocabularies read to a person. */
import type { ClaimStatus, EditorNote, SecondarySource, Source, Story } from './schema';
import { CLAIM_STATUSES } from './vocabulary';
import { formatDate } from '../time/dates';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
	confirmed: 'Confirmed',
	official: 'Officially stated',
	announced: 'Announced, not yet reported',
	reported: 'Reported',
	alleged: 'Alleged, unconfirmed',
	denied: 'Denied'
};

/**
 * The rule for each status, written once: the reader's label key shows it, the
 * README's story format points here, and validation enforces what can be checked
 * (see src/lib/story/validate.ts).
 */
export const STATUS_HELP: Record<ClaimStatus, string> = {
	confirmed:
		'stated by at least two of the five articles, not all relaying the same report, and not resting on unnamed or foreign sources',
	official:
		'a government, ministry or office holder said it on the record; we show that it was said, not that it is true',
	announced: 'announced or scheduled; the articles do not report that it happened',
	reported:
		'an article states it, in its own words or relaying a named outlet or person; no second account confirms it',
	alleged:
		'the articles attribute it only to unnamed or foreign sources, beliefs or one side’s accusation, or say it was never confirmed',
	denied: 'a party named in the articles denied it'
};

/** The statuses the story's claims use, in vocabulary order: the key lists no other. */
export function usedStatuses(story: Pick<Story, 'events'>): ClaimStatus[] {
	const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
	return CLAIM_STATUSES.filter((s) => used.has(s));
}

/** An editors' note as shown: its text, and whether it rests on knowledge outside the articles. */
export function editorNote(n: EditorNote): { text: string; outside: boolean } {
	return typeof n === 'string' ? { text: n, outside: false } : { text: n.text, outside: true };
}

/** "Al-Monitor" or, when the text names no outlet, a description that says so. */
export function outletName(source: Pick<Source, 'outlet'>): string {
	return source.outlet ?? 'Outlet not named in the text';
}

/** The short name a reader sees wherever a source is named: one stable label per source. */
export function sourceLabel(
	source:
		| Pick<Source, 'label' | 'outlet' | 'published'>
		| Pick<SecondarySource, 'label' | 'outlet' | 'published' | 'title'>
): string {
	if (source.label) return source.label;
	const name = source.outlet ?? ('title' in source ? source.title : 'Unnamed source');
	return source.published ? `${name}, ${formatDate(source.published)}` : name;
}

/**
 * The source labels a version of a disagreement still needs after its own words: a version
 * often says whom it follows ("… (Haaretz, according to Al-Monitor, Mar 2023)"), and naming
 * that article again after it read as a second source. Each label once, in order.
 */
export function labelsNotNamed(words: string, labels: readonly string[]): string[] {
	return [...new Set(labels)].filter((l) => l && !words.includes(l));
}

/**
 * A relayed report as a quote's credit names it mid-sentence ("· relaying …"): a post by
 * its author and platform ("Ahmad Darawsha's posts on X", not "X"), and "unnamed" in lower
 * case, as the middle of a sentence has it.
 */
export function relayedLabel(
	source: Pick<SecondarySource, 'label' | 'outlet' | 'published' | 'title' | 'kind'>
): string {
	const label = source.kind === 'social-media-post' ? source.title : sourceLabel(source);
	return label.replace(/^Unnamed\b/, 'unnamed');
}
