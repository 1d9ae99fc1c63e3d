#!/usr/bin/env node
/**
 * A static host for build/, like a CDN: serves files (and <dir>/index.html), the
 * build's 404.html for anything else with status 404, gzip/brotli when asked,
 * and optionally under a sub-path (BASE_PATH). Used by the browser tests and the
 * benchmark; binds to 127.0.0.1 only.
 *
 *   node scripts/serve.js [dir] [port]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const base = process.env.BASE_PATH ?? '';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.ico': 'image/x-icon'
};
/**
 * _headers: blocks of a path pattern ("*" matches anything, ":name" one segment) and
 * indented "Name: value" lines; every matching block applies in order, and "! Name"
 * drops a header an earlier block set.
 */
function readHeaderRules(path) {
	let text;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return [];
	}
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:\w+/g, '[^/]+');
			rules.push({ match: new RegExp(`^${pattern}$`), ops: [] });
		} else if (rules.length) {
			const t = line.trim();
			const drop = /^!\s*(.+)$/.exec(t);
			const set = /^([^:]+):\s*(.*)$/.exec(t);
			if (drop) rules.at(-1).ops.push([drop[1].toLowerCase(), null]);
			else if (set) rules.at(-1).ops.push([set[1].toLowerCase(), set[2]]);
		}
	}
	return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));

function headersFor(pathname) {
	const out = {};
	for (const rule of headerRules) {
		if (!rule.match.test(pathname)) continue;
		for (const [name, value] of rule.ops) {
			if (value === null) delete out[name];
			else out[name] = out[name] ? `${out[name]}, ${value}` : value;
		}
	}
	return out;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

async function file(path) {
	try {
		const s = await stat(path);
		if (s.isFile()) return path;
		if (s.isDirectory()) return file(join(path, 'index.html'));
	} catch {
		/* not there */
	}
	return null;
}

// Compressed once per file and encoding, as a CDN caches it: quality-11 brotli of a
// 400 KB page takes longer than serving it.
const compressed = new Map();
function compress(body, encoding, key) {
	const k = key && `${encoding}:${key}`;
	if (k && compressed.has(k)) return compressed.get(k);
	const out =
		encoding === 'br'
			? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
			: gzipSync(body, { level: 9 });
	if (k) compressed.set(k, out);
	return out;
}

function send(req, res, status, body, type, headers = {}, key = null) {
	const accept = String(req.headers['accept-encoding'] ?? '');
	let payload = body;
	const extra = { 'content-type': type, vary: 'accept-encoding', ...headers };
	if (headers['x-compress'] !== 'no' && body.length > 512) {
		const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
		if (encoding) {
			payload = compress(body, encoding, key);
			extra['content-encoding'] = encoding;
		}
	}
	delete extra['x-compress'];
	res.writeHead(status, { ...extra, 'content-length': payload.length });
	res.end(req.method === 'HEAD' ? undefined : payload);
}

const server = createServer((req, res) => {
	handle(req, res).catch((e) => {
		console.error(e);
		if (!res.headersSent) send(req, res, 500, Buffer.from('Server error'), TYPES['.txt']);
	});
});

async function handle(req, res) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		return send(req, res, 400, Buffer.from('Bad request'), TYPES['.txt']);
	}
	if (base && !pathname.startsWith(base)) {
		return send(req, res, 404, Buffer.from('Not under ' + base), TYPES['.txt']);
	}
	pathname = pathname.slice(base.length) || '/';
	const target = normalize(join(root, pathname));
	if (!target.startsWith(root) || pathname === '/_headers')
		return send(req, res, 403, Buffer.from('Forbidden'), TYPES['.txt']);
	// A directory without its trailing slash redirects, as static hosts do.
	const found = await file(target);
	if (
		found &&
		found.endsWith('index.html') &&
		!pathname.endsWith('/') &&
		!target.endsWith('.html')
	) {
		res.writeHead(301, { location: base + pathname + '/' + url.search });
		return res.end();
	}
	const path = found ?? (await file(join(root, '404.html')));
	if (!path) return send(req, res, 404, Buffer.from('Not found'), TYPES['.txt']);
	const ext = extname(path);
	const body = await readFile(path);
	const immutable = pathname.includes('/_app/immutable/');
	const info = await stat(path);
	send(
		req,
		res,
		found ? 200 : 404,
		body,
		TYPES[ext] ?? 'application/octet-stream',
		{
			...headersFor(pathname),
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			...(COMPRESSIBLE.has(ext) ? {} : { 'x-compress': 'no' })
		},
		`${path}:${info.mtimeMs}`
	);
}

server.listen(port, '127.0.0.1', () => {
	console.log(`serving ${root} at http://127.0.0.1:${port}${base}/`);
});
