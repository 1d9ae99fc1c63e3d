import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from './src/lib/story/vite-plugin.ts';
import { linkScanPlugin } from './src/lib/build/link-scan.ts';

export default defineConfig({
	plugins: [storyPlugin(), linkScanPlugin(), sveltekit()],

	build: {
		target: 'es2022',
		modulePreload: false,
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// The story page's own code in one chunk (one gzip stream), by an allowlist of
						// what it imports: the story's words are prerendered markup, so the narrative
						// components, slides, handout, lens controls and search stay out of it, and so
						// does the scroller (loaded once the page is up; see src/lib/scrolly/Scrolly.svelte),
						// and so does the sticky graphic (an island, with code of its own: src/lib/island.ts)
						// but for the parts the slides and handout draw too: Vite splits styles by chunk,
						// and as chunks of their own their styles were two more requests before the
						// first paint (LCP 1.4× the plain page's against 1.2× with them here).
						// The Svelte and Kit runtime is left ungrouped on purpose: grouped, it carried
						// internals only the lazy parts use into every first load (about 1 KB gzipped).
						{
							name: 'story',
							test: /src[\\/]lib[\\/](StoryPage|Island|island|html|state|scrolly[\\/](Scrolly|geometry|scrollend)|timeline[\\/](EventMarks|EraBands|ThemeLegend|marks-markup)|routing[\\/](urls|address-bar)|lens[\\/](filters|lens)|narrative[\\/](hosts|parts)|story[\\/]page-data|time[\\/]views)/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node'
	}
});
