/**
 * Builds the two variants some specs need, beside the real build in build/:
 * the site under a sub-path (as on GitHub Pages), and a story full of markup
 * (to prove story text is always rendered as text). Sequential: they share .svelte-kit/.
 */
import { execFileSync } from 'node:child_process';

export const VARIANTS = {
	sub: { dir: 'build-sub', env: { BASE_PATH: '/story' } },
	hostile: { dir: 'build-hostile', env: { STORY_FILE: 'tests/fixtures/hostile/data/story.json' } }
} as const;

export default function globalSetup() {
	for (const { dir, env } of Object.values(VARIANTS)) {
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, ...env, BUILD_DIR: dir, PRECOMPRESS: 'false' },
			stdio: ['ignore', 'ignore', 'inherit']
		});
	}
}
