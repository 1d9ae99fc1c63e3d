import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from './src/lib/story/vite-plugin.ts';

export default defineConfig({
	plugins: [storyPlugin(), sveltekit()],

	build: {
		target: 'es2022',
		modulePreload: { polyfill: false },
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// The story page's own code in one chunk (one gzip stream); what only some
						// readers need (presentation, handout, lens and search, bad links) stays separate.
						// The Svelte and Kit runtime is left ungrouped on purpose: grouped, it carried
						// internals only the lazy parts use into every first load (about 1 KB gzipped).
						{
							name: 'story',
							test: /src[\\/]lib[\\/](?!present|handout|lens)(?!.*(NotFoundNotice|nearest|share\.ts))|scrollama/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node'
	}
});
