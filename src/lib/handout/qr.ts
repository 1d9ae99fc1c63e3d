/**
 * QR codes drawn at build time as one SVG path, so a printed handout links to each
 * event with no network and no script. Server-only (the encoder stays out of the bundle).
 */
import QRCode from 'qrcode';

export interface QrPath {
	/** modules per side, excluding the quiet zone */
	size: number;
	/** modules per side including the quiet zone: the SVG's viewBox */
	side: number;
	/** SVG path data, one unit per module, offset by the quiet zone */
	d: string;
}

export const QUIET_ZONE = 2;

export function qrPath(text: string): QrPath {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const { size, data } = modules;
	let d = '';
	for (let y = 0; y < size; y++) {
		let x = 0;
		while (x < size) {
			if (!data[y * size + x]) {
				x++;
				continue;
			}
			// One horizontal run of dark modules becomes one rectangle.
			const start = x;
			while (x < size && data[y * size + x]) x++;
			d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
		}
	}
	return { size, side: size + QUIET_ZONE * 2, d };
}
