import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchLinkScan } from './link-scan';

const kitClient = () => {
	const pkg = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
	return readFileSync(join(dirname(pkg), 'src/runtime/client/client.js'), 'utf8');
};

describe('patchLinkScan', () => {
	it('guards the installed SvelteKit’s link scan, once', () => {
		const patched = patchLinkScan(kitClient());
		expect(patched.match(/querySelector\('\[data-sveltekit-preload-code\]'\)/g)).toHaveLength(1);
		// The guard sits before the loop over every link, inside after_navigate.
		const guard = patched.indexOf("querySelector('[data-sveltekit-preload-code]')");
		expect(guard).toBeGreaterThan(patched.indexOf('function after_navigate()'));
		expect(guard).toBeLessThan(patched.indexOf("container.querySelectorAll('a')"));
	});

	it('refuses code it does not recognise, naming the file to update', () => {
		expect(() => patchLinkScan('function start() {}')).toThrow(/src\/lib\/build\/link-scan\.ts/);
	});
});
