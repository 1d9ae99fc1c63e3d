import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrPath, QUIET_ZONE } from './qr';

/** Rasterise the path back into modules to compare with the encoder's own matrix. */
function raster(d: string, size: number): boolean[] {
	const grid = new Array<boolean>(size * size).fill(false);
	for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
		const [x, y, w] = [+m[1] - QUIET_ZONE, +m[2] - QUIET_ZONE, +m[3]];
		for (let i = 0; i < w; i++) grid[y * size + x + i] = true;
	}
	return grid;
}

describe('qrPath', () => {
	it('draws exactly the dark modules of the code', () => {
		const text = 'https://example.org/events/aviation-exemption-2013-10/';
		const { size, d } = qrPath(text);
		const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
		expect(size).toBe(modules.size);
		expect(raster(d, size)).toEqual([...modules.data].map(Boolean));
	});
	it('grows with the text', () => {
		expect(qrPath('x'.repeat(120)).size).toBeGreaterThan(qrPath('x').size);
	});
});
