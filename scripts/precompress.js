/**
 * Writes .br and .gz beside every text file of a folder, as adapter-static's
 * `precompress` does for the build: for folders made outside the build (the bench's
 * plain page), so scripts/serve.js sends them compressed like everything else.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** @param {string} dir */
export function precompressDir(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) precompressDir(path);
		else if (TEXT.has(extname(name))) {
			const body = readFileSync(path);
			writeFileSync(
				path + '.br',
				brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
			);
			writeFileSync(path + '.gz', gzipSync(body, { level: 9 }));
		}
	}
}
