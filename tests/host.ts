/**
 * A private copy of the build on its own port (its own origin, so its own service
 * worker), that a test can deploy a new build to while a tab is open.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticHost } from '../scripts/serve.js';

export interface Host {
	url: (path: string) => string;
	/** A new build: a new version, a new worker, and `extraHead` in the start page. */
	deploy: (extraHead: string) => void;
	close: () => Promise<void>;
}

export async function startHost(from = process.env.TEST_BUILD_DIR ?? 'build'): Promise<Host> {
	const dir = mkdtempSync(join(tmpdir(), 'tl-host-'));
	cpSync(from, dir, { recursive: true });
	const server = createServer(staticHost(dir));
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	/** Rewrite a file of the build; its precompressed copies would be stale, so they go. */
	const edit = (file: string, change: (text: string) => string) => {
		const path = join(dir, file);
		writeFileSync(path, change(readFileSync(path, 'utf8')));
		for (const ext of ['.br', '.gz']) rmSync(path + ext, { force: true });
	};

	return {
		url: (path) => origin + path,
		deploy(extraHead) {
			const old = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version;
			const next = `${old}-next`;
			edit('_app/version.json', (t) => t.replace(old, next));
			edit('service-worker.js', (t) => t.replaceAll(old, next));
			edit('index.html', (t) => t.replace('</head>', `${extraHead}</head>`));
		},
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(() => {
					rmSync(dir, { recursive: true, force: true });
					r();
				});
			})
	};
}
