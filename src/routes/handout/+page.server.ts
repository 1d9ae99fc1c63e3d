import { base } from '$app/paths';
import { qrPath } from '$lib/handout/qr';
import { index, story } from '$lib/server/story';
import { eventPath } from '$lib/routing/urls';
import { absoluteUrl } from '$lib/seo/url';
import type { PageServerLoad } from './$types';

// Every event's address, printed and as a QR code, made once at build time.
export const load: PageServerLoad = ({ url }) => {
	const links = Object.fromEntries(
		story.events.map((e) => {
			const href = absoluteUrl(url.origin, eventPath(base, e.id));
			return [e.id, { href, qr: qrPath(href) }];
		})
	);
	return { story, index, links };
};
