import { json } from '@sveltejs/kit';
import { story } from '$lib/server/story';

export const prerender = true;

// The validated story as the build used it, pointing at its schema beside it.
export const GET = () => {
	const { $schema: _, ...rest } = story;
	return json({ $schema: './story.schema.json', ...rest });
};
