import schema from '$data/story.schema.json?raw';

export const prerender = true;

export const GET = () =>
	new Response(schema, { headers: { 'content-type': 'application/json; charset=utf-8' } });
