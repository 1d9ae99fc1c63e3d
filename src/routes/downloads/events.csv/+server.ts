import { base } from '$app/paths';
import { story } from '$lib/server/story';
import { eventsCsv } from '$lib/share/csv';
import { absoluteUrl } from '$lib/seo/url';
import { eventPath } from '$lib/routing/urls';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	new Response(
		eventsCsv(story, (id) => absoluteUrl(url.origin, eventPath(base, id))),
		{
			headers: { 'content-type': 'text/csv; charset=utf-8' }
		}
	);
