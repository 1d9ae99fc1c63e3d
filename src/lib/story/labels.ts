/** How the story's vocabularies read to a person. */
import type { ClaimStatus, SecondarySource, Source } from './schema';
import { formatDate } from '../time/dates';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
	confirmed: 'Confirmed',
	official: 'Officially stated',
	announced: 'Announced, not yet reported',
	reported: 'Reported',
	alleged: 'Alleged, unconfirmed',
	denied: 'Denied'
};

export const STATUS_HELP: Record<ClaimStatus, string> = {
	confirmed: 'stated as fact by several independent articles or confirmed officially',
	official: 'an official statement or announcement, reported as such',
	announced: 'scheduled or announced; the articles do not report that it happened',
	reported: 'reported by an outlet; not independently confirmed',
	alleged: 'attributed to unnamed or foreign reports, or said never to have been confirmed',
	denied: 'denied by a party'
};

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
