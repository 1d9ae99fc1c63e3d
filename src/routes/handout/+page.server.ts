import { render } from 'svelte/server';
import { base } from '$app/paths';
import { printLink } from '$lib/handout/address';
import HandoutTables from '$lib/handout/HandoutTables.svelte';
import { HANDOUT_TABLES } from '$lib/island';
import { withoutHydrationMarkers } from '$lib/narrative/parts';
import { uniqueStyles } from '$lib/server/markup';
import { index, story, axis } from '$lib/server/story';
import { storyPath } from '$lib/routing/urls';
import { CLAIM_STATUSES } from '$lib/story/vocabulary';
import type { PageServerLoad } from './$types';

// The short handout: everything it prints is decided here, once, at build time. Its tables
// are markup in the page's HTML, with their styles, and not data: nothing in them moves.
export const load: PageServerLoad = ({ url, locals }) => {
	const used = new Set(story.events.flatMap((e) => e.claims.map((c) => c.status)));
	const tables = render(HandoutTables, {
		props: {
			story,
			index,
			statuses: CLAIM_STATUSES.filter((s) => used.has(s)),
			disagreements: story.discrepancies.filter((d) => d.nature === 'substantive'),
			full: printLink(url.origin, `${base}/handout/full/`)
		}
	});
	locals.islands = { ...locals.islands, [HANDOUT_TABLES]: withoutHydrationMarkers(tables.body) };
	locals.head = (locals.head ?? '') + uniqueStyles(tables.head);
	return {
		title: story.title,
		subtitle: story.subtitle,
		axis,
		eras: index.chapters.map(({ era }) => ({
			id: era.id,
			start: era.start,
			end: era.end,
			title: era.title
		})),
		site: printLink(url.origin, storyPath(base))
	};
};
