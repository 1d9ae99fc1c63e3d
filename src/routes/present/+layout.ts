import { loadDeckData } from '$lib/present/deck-data';
import type { LayoutLoad } from './$types';

// Universal, so the story is one shared file rather than a copy in every slide's page.
// The projector's page carries no teaching notes: the presenter view fetches them.
export const load: LayoutLoad = loadDeckData;
