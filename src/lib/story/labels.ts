/** How the story's vocabularies read to a person. */
import type { ClaimStatus, Source } from './schema';

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
