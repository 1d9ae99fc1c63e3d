import { json } from '@sveltejs/kit';
import { client } from '$lib/server/story';
import type { SuggestedEvent } from '$lib/narrative/NotFoundNotice.svelte';

export const prerender = true;

/**
 * The event names and dates, a few KB, for pages that have no story of their own
 * (the root error page) to suggest where a broken link meant to go.
 */
export const GET = () =>
	json(client.events.map(({ id, title, date }): SuggestedEvent => ({ id, title, date })));
