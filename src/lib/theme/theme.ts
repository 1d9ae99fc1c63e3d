/**
 * The colour scheme: the system's (prefers-color-scheme) unless the reader chose one,
 * which is remembered in localStorage and applied by app.html before first paint.
 */
export type Scheme = 'light' | 'dark';

export const THEME_KEY = 'tl-theme';

export function parseScheme(value: string | null | undefined): Scheme | null {
	return value === 'light' || value === 'dark' ? value : null;
}

/** What the page shows: the reader's choice, else the system's. */
export function effectiveScheme(chosen: Scheme | null, systemDark: boolean): Scheme {
	return chosen ?? (systemDark ? 'dark' : 'light');
}

/** Toggling flips what is shown now, and remembers that as the reader's choice. */
export function toggled(shown: Scheme): Scheme {
	return shown === 'dark' ? 'light' : 'dark';
}
