import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';

/**
 * An address with broken percent-encoding (`/events/%E0%A4%A/`, a link cut short) makes
 * SvelteKit's router throw before the page can start. Such an address names nothing we
 * have: route it to the not-found page, which reads the address itself and suggests.
 */
export const reroute: Reroute = ({ url }) => {
	try {
		decodeURI(url.pathname);
	} catch {
		return `${base}/404.html`;
	}
};
