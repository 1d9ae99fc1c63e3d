/**
 * Builds the variants some specs need, beside the real build in build/: the site
 * under a sub-path (as on GitHub Pages), a story full of markup (to prove story text
 * is always rendered as text), and the site with a public address (absolute printed
 * links and QR codes). Sequential: they share .svelte-kit/.
 */
import { execFileSync } from 'node:child_process';
import { PUBLIC_URL } from './ports';

export const VARIANTS = {
	sub: { dir: 'build-sub', env: { BASE_PATH: '/story' } },
	hostile: { dir: 'build-hostile', env: { STORY_FILE: 'tests/fixtures/hostile/data/story.json' } },
	site: { dir: 'build-site', env: { SITE_URL: PUBLIC_URL } }
} as const;

export default function globalSetup() {
	for (const { dir, env } of Object.values(VARIANTS)) {
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, ...env, BUILD_DIR: dir, PRECOMPRESS: 'false' },
			stdio: ['ignore', 'ignore', 'inherit']
		});
	}
}
