import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The inline scripts of app.html are allowed by their hashes, so the CSP never needs
// 'unsafe-inline' for scripts. The first runs before the first paint: it marks the page as
// scripted, hides an event page until it lands, and applies the chosen colour scheme. The
// second lands a deep link, then starts the app's scripts once a paint is reported
// (src/lib/server/head.ts). Their comments live here: app.html is sent with every page.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineHashes = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

// The public address: SITE_URL, else the story's own setting (site.url). Every absolute
// URL the build writes (canonical and social tags, printed links, QR codes) derives from
// it through the prerender origin; without one they are left out (see /handout/).
// STORY_FILE picks another story, as in src/lib/story/vite-plugin.ts.
const storyFile = resolve(process.env.STORY_FILE ?? 'data/story.json');
const siteUrl = (() => {
	if (process.env.SITE_URL) return process.env.SITE_URL;
	try {
		return JSON.parse(readFileSync(storyFile, 'utf8')).site?.url ?? null;
	} catch {
		return null; // a missing or broken story is reported by the story plugin, with details
	}
})();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		discloseVersion: false,
		// Scoped class names appear on every element of the prerendered story: "s1x2y3z"
		// instead of "svelte-1x2y3z" is 1.3 KB of gzipped index.html (measured).
		cssHash: ({ hash, css, filename }) => `s${hash(filename ?? css)}`
	},
	kit: {
		// BUILD_DIR lets tests build variants (sub-path, hostile story) beside the real one.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			// .br and .gz beside every file, for hosts (and scripts/serve.js) to send as they are.
			// The test variants skip it (PRECOMPRESS=false): only their content is under test.
			precompress: process.env.PRECOMPRESS !== 'false',
			strict: true
		}),
		paths: {
			base: process.env.BASE_PATH ?? '',
			relative: false
		},
		prerender: {
			...(siteUrl ? { origin: new URL(siteUrl).origin } : {}),
			handleMissingId: 'fail',
			handleHttpError: 'fail',
			entries: ['*', '/404.html']
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineHashes],
				// Svelte sets style attributes (positions, transitions); no scripts can be injected through them.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		},
		// Registered by $lib/offline/worker: SvelteKit's boot script waits for `load`, which
		// may have fired before the boot script runs (after the first paint).
		serviceWorker: { register: false },
		alias: {
			$data: 'data'
		}
	}
};

export default config;
