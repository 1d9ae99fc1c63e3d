/**
 * Addresses for paper: absolute or nothing. A printed path ("/events/x/") or a QR code
 * of one leads nowhere, so without a public address (story.site.url or SITE_URL, which
 * svelte.config.js makes the prerender origin) the handouts print no links and say why.
 * Server-only: the QR encoder stays out of the browser bundle.
 */
import { absoluteUrl } from '$lib/seo/url';
import { qrPath, type QrPath } from './qr';

export interface PrintLink {
	href: string;
	qr: QrPath;
}

export function printLink(origin: string, path: string): PrintLink | null {
	const href = absoluteUrl(origin, path);
	return /^https?:\/\//.test(href) ? { href, qr: qrPath(href) } : null;
}

/** Shown instead of links and QR codes when the build had no public address. */
export const NO_ADDRESS =
	'This copy was built without a public address, so it prints no links or QR codes. ' +
	'Set site.url in data/story.json (or SITE_URL when building) to add them.';
