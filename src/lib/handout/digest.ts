/**
 * What the one-page-per-idea handout keeps of each event: the claim with the
 * strongest status (confirmed before official, reported, announced, alleged, denied;
 * the first in story order among equals) and the first quote it rests on.
 */
import type { Citation, Claim, ClaimStatus, StoryEvent } from '../story/schema';

const STRENGTH: ClaimStatus[] = [
	'confirmed',
	'official',
	'reported',
	'announced',
	'alleged',
	'denied'
];

export interface EventDigest {
	claim: Claim;
	citation: Citation;
}

export function strongest(event: Pick<StoryEvent, 'claims'>): EventDigest {
	const rank = (c: Claim) => STRENGTH.indexOf(c.status);
	const claim = event.claims.reduce((best, c) => (rank(c) < rank(best) ? c : best));
	return { claim, citation: claim.citations[0] };
}
