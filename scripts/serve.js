#!/usr/bin/env node
/**
 * A static host for build/, like a CDN, on the kept library sirv: files and
 * <dir>/index.html, the build's precompressed .br/.gz (adapter-static `precompress`),
 * the build's 404.html with status 404 for anything else, `_headers` rules, and an
 * optional sub-path (BASE_PATH). Used by the browser tests, `npm run preview` and the
 * benchmark; binds to 127.0.0.1 only.
 *
 *   node scripts/serve.js [dir] [port]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.js';

/**
 * A request handler for one build folder (exported for tests).
 * @param {string} dir @param {string} [base] @returns {import('node:http').RequestListener}
 */
export function staticHost(dir, base = '') {
	const root = resolve(dir);
	// Looked up per request (dev), so a folder rebuilt or swapped while serving is seen at once.
	const files = sirv(root, {
		dev: true,
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/'))
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			for (const [k, v] of rulesFor(pathname)) res.setHeader(k, v);
		}
	});
	/** @param {string} pathname */
	const rulesFor = (pathname) => {
		const file = join(root, '_headers');
		return existsSync(file) ? headersFor(parseHeaders(readFileSync(file, 'utf8')), pathname) : [];
	};

	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
	function notFound(req, res) {
		const page = join(root, '404.html');
		if (!existsSync(page)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end();
			return;
		}
		const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(page + '.br');
		const file = br ? page + '.br' : page;
		res.writeHead(404, {
			'content-type': 'text/html; charset=utf-8',
			'content-length': statSync(file).size,
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
			...(br ? { 'content-encoding': 'br' } : {}),
			...Object.fromEntries(rulesFor('/404.html'))
		});
		if (req.method === 'HEAD') return res.end();
		createReadStream(file).pipe(res);
	}

	return (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (base && url.pathname !== base && !url.pathname.startsWith(base + '/'))
			return notFound(req, res);
		const pathname = url.pathname.slice(base.length) || '/';
		// A folder without its trailing slash redirects, as static hosts do.
		if (!pathname.endsWith('/') && !extname(pathname)) {
			let dirPath = null;
			try {
				dirPath = decodeURIComponent(pathname);
			} catch {
				/* malformed: not a folder of ours */
			}
			if (dirPath && existsSync(join(root, dirPath, 'index.html')) && !dirPath.includes('..')) {
				res.writeHead(301, { location: base + pathname + '/' + url.search }).end();
				return;
			}
		}
		req.url = pathname + url.search;
		files(req, res, () => void notFound(req, res));
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
	const base = process.env.BASE_PATH ?? '';
	createServer(staticHost(dir, base)).listen(port, '127.0.0.1', () => {
		console.log(`serving ${resolve(dir)} at http://127.0.0.1:${port}${base}/`);
	});
}
