import { base } from '$app/paths';
import { printLink } from '$lib/handout/address';
import { index, story } from '$lib/server/story';
import { eventPath, storyPath } from '$lib/routing/urls';
import { CLAIM_STATUSES } from '$lib/story/vocabulary';
import type { PageServerLoad } from './$types';

// The full dossier: every event's address, printed and as a QR code, made once at build time.
export const load: PageServerLoad = ({ url }) => {
	const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
	return {
		story,
		index,
		statuses: CLAIM_STATUSES.filter((s) => used.has(s)),
		site: printLink(url.origin, storyPath(base)),
		links: Object.fromEntries(
			story.events.map((e) => [e.id, printLink(url.origin, eventPath(base, e.id))])
		)
	};
};
