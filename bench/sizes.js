/**
 * What a build weighs, from its files (deterministic, unlike Lighthouse): the
 * whole output, one page raw and gzipped, and the JS a first load of `/` fetches.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Level 9, as tests/site.build.spec.ts measures: the same figure in both places.
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Total bytes and counts of every file under dir. */
export async function dirStats(dir) {
	const out = { bytes: 0, files: 0, htmlPages: 0 };
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		out.bytes += (await stat(join(entry.parentPath, entry.name))).size;
		out.files++;
		if (entry.name.endsWith('.html')) out.htmlPages++;
	}
	return out;
}

/** One page's bytes as stored and gzipped; null when the page was not built. */
export async function pageBytes(file) {
	const body = await readFile(file).catch(() => null);
	return body ? { raw: body.length, gzip: gzipBytes(body) } : null;
}

/** Gzipped bytes of the scripts an HTML page preloads (its first-load JS), as the budget test counts them. */
export async function firstLoadJs(dir, page = 'index.html') {
	const html = await readFile(join(dir, page), 'utf8');
	const hrefs = [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map(
		(m) => m[1]
	);
	let bytes = 0;
	for (const href of hrefs) bytes += gzipBytes(await readFile(join(dir, href)));
	return { bytes, files: hrefs.length };
}
