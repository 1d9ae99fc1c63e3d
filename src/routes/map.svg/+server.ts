import { sprite } from '$lib/server/story';

// Country shapes for the locator map, projected at build time: one file every page
// refers to (<use href="map.svg#c376">) instead of repeating them in each page.
export const prerender = true;

export const GET = () =>
	new Response(sprite, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
