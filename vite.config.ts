import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from './src/lib/story/vite-plugin.ts';

export default defineConfig({
	plugins: [storyPlugin(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
