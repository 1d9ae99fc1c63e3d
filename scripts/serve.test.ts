import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { staticHost } from './serve.js';

// A build folder with a sibling whose name starts the same: the classic prefix-check hole.
const root = mkdtempSync(join(tmpdir(), 'tl-serve-'));
const build = join(root, 'build');
mkdirSync(join(build, 'events/a'), { recursive: true });
mkdirSync(join(root, 'build-secret'));
writeFileSync(join(root, 'build-secret/x.txt'), 'SECRET');
writeFileSync(join(build, 'index.html'), '<h1>home</h1>');
writeFileSync(join(build, 'index.html.br'), brotliCompressSync('<h1>home</h1>'));
writeFileSync(join(build, 'events/a/index.html'), '<h1>a</h1>');
writeFileSync(join(build, '404.html'), '<h1>Page not found</h1>');
writeFileSync(join(build, '_headers'), '/events/*\n  X-Frame-Options: DENY\n');

let server: Server;
let port = 0;
beforeAll(async () => {
	server = createServer(staticHost(build));
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => {
	server.close();
	rmSync(root, { recursive: true, force: true });
});

/** A raw request: the path goes on the wire exactly as written (no URL normalising). */
function get(path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
		(resolve, reject) => {
			const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
				let body = '';
				res.setEncoding('latin1');
				res.on('data', (d) => (body += d));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
			});
			req.on('error', reject);
			req.end();
		}
	);
}

describe('the static host', () => {
	it.each([
		'/..%2Fbuild-secret%2Fx.txt',
		'/../build-secret/x.txt',
		'/%2e%2e/build-secret/x.txt',
		'/..%5Cbuild-secret%5Cx.txt'
	])('never serves a file outside the build: %s', async (path) => {
		const res = await get(path);
		expect(res.body).not.toContain('SECRET');
		expect([400, 404]).toContain(res.status);
	});

	it('serves folders as index.html, and redirects a folder without its slash', async () => {
		expect((await get('/events/a/')).body).toBe('<h1>a</h1>');
		const res = await get('/events/a?x=1');
		expect(res.status).toBe(301);
		expect(res.headers.location).toBe('/events/a/?x=1');
	});

	it('sends the precompressed file to a browser that accepts it', async () => {
		const res = await get('/', { 'accept-encoding': 'gzip, br' });
		expect(res.headers['content-encoding']).toBe('br');
		expect((await get('/')).body).toBe('<h1>home</h1>');
	});

	it('answers unknown addresses with the build’s 404 page and status 404', async () => {
		const res = await get('/nope/');
		expect(res.status).toBe(404);
		expect(res.body).toContain('Page not found');
		expect((await get('/events/%E0%A4%A/')).status).toBe(404);
	});

	it('applies _headers rules', async () => {
		expect((await get('/events/a/')).headers['x-frame-options']).toBe('DENY');
		expect((await get('/')).headers['x-frame-options']).toBeUndefined();
	});
});
