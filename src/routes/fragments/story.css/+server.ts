/** The styles of the story's static markup, once for every page (see src/hooks.server.ts). */
import { storyStylesheet } from '$lib/server/markup';

export const prerender = true;

export const GET = () =>
	new Response(storyStylesheet(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
