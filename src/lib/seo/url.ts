/** SvelteKit's placeholder origin while prerendering when no SITE_URL was given. */
export const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

/** Absolute when the build knows its public origin, else root-relative (still valid for canonical). */
export function absoluteUrl(origin: string, path: string): string {
	return origin && origin !== PLACEHOLDER_ORIGIN ? new URL(path, origin).href : path;
}
