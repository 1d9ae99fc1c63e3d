import { base } from '$app/paths';
import { printLink } from '$lib/handout/address';
import { index, story, axis } from '$lib/server/story';
import { storyPath } from '$lib/routing/urls';
import { CLAIM_STATUSES } from '$lib/story/vocabulary';
import type { PageServerLoad } from './$types';

// The short handout: everything it prints is decided here, once, at build time.
export const load: PageServerLoad = ({ url }) => {
	const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
	return {
		story,
		index,
		axis,
		statuses: CLAIM_STATUSES.filter((s) => used.has(s)),
		disagreements: story.discrepancies.filter((d) => d.nature === 'substantive'),
		site: printLink(url.origin, storyPath(base)),
		full: printLink(url.origin, `${base}/handout/full/`)
	};
};
