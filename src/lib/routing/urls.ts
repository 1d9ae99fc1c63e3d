/**
 * Event ids <-> URLs. Paths end in a slash because the static build writes
 * events/<id>/index.html, which every static host serves at that address.
 */

export function eventPath(base: string, id: string): string {
	return `${base}/events/${id}/`;
}

export function presentPath(base: string, id?: string): string {
	return id ? `${base}/present/${id}/` : `${base}/present/`;
}

export function storyPath(base: string): string {
	return `${base}/`;
}

/**
 * Percent-decoding that never throws: an address is typed, pasted and cut short by
 * people, so `%E0%A4%A` or `100%` reads as the text it is (and then matches no event).
 */
function decode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** The event id in /events/<id>/ (under any base), or null. */
export function idFromPath(pathname: string, base = ''): string | null {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const m = /^\/events\/([^/]+)\/?$/.exec(rest);
	return m ? decode(m[1]) : null;
}

/** The event id in a #hash, or null. */
export function idFromHash(hash: string): string | null {
	const id = decode(hash.replace(/^#/, ''));
	return id ? id : null;
}
