/**
 * The whole story's static markup, one file that every event page shares and the browser
 * caches once: an event page opens with its own event and fetches the rest from here.
 * Its styles are already on every such page (/fragments/story.css).
 */
import { storyMarkup } from '$lib/server/markup';
import { HOST_ATTR, STORY_PARTS } from '$lib/narrative/parts';

export const prerender = true;

export function GET() {
	const { parts } = storyMarkup();
	const body = STORY_PARTS.map((p) => `<div ${HOST_ATTR}="${p}">${parts[p]}</div>`).join('');
	// Fetched and parsed, never a page: opened directly, it runs nothing and is not indexed.
	const meta =
		'<meta charset="utf-8"><meta name="robots" content="noindex">' +
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'">`;
	return new Response(`<!doctype html>${meta}${body}`, {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}
