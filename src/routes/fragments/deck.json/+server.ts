import { json } from '@sveltejs/kit';
import { audience, axis } from '$lib/server/story';
import type { DeckData } from '$lib/present/deck-data';

export const prerender = true;

/** The slides' data, once for all of them; no teaching notes (see /present/notes.json). */
export const GET = () => json({ story: audience, axis } satisfies DeckData);
