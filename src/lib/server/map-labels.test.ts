import { describe, expect, it } from 'vitest';
import { COUNTRY_SPACING, nameWidth, overlaps, placeLabels, textBox } from './map-labels';

describe('nameWidth: a name as wide as the widest common system font draws it', () => {
	it('measures by letter shape, not by count', () => {
		// DejaVu Sans Bold, 12 px, in Chromium: 59 and 75.4 px (letter-spaced), 127.2 px.
		expect(nameWidth('Armenia', COUNTRY_SPACING)).toBeGreaterThanOrEqual(59);
		expect(nameWidth('Azerbaijan', COUNTRY_SPACING)).toBeGreaterThanOrEqual(75.4);
		expect(nameWidth('Nagorno-Karabakh')).toBeGreaterThanOrEqual(127.2);
		expect(nameWidth('Armenia')).toBeLessThan(nameWidth('Nagorno-Karabakh') / 2);
	});
});

describe('placeLabels: country names clear of each other and of place names', () => {
	const frame = [400, 300] as const;
	it('leaves a name that collides with nothing at its point', () => {
		expect(placeLabels([{ name: 'Iran', x: 200, y: 150 }], [], ...frame)).toEqual([
			{ x: 200, y: 150 }
		]);
	});
	it('moves the later of two colliding names, and keeps it over its point', () => {
		const [first, second] = placeLabels(
			[
				{ name: 'Azerbaijan', x: 290, y: 80 },
				{ name: 'Armenia', x: 240, y: 90 }
			],
			[],
			...frame
		);
		expect(first).toEqual({ x: 290, y: 80 });
		expect(second).not.toEqual({ x: 240, y: 90 });
		const a = textBox(first.x, first.y, nameWidth('Azerbaijan', COUNTRY_SPACING), 'middle');
		const b = textBox(second.x, second.y, nameWidth('Armenia', COUNTRY_SPACING), 'middle');
		expect(overlaps(a, b)).toBe(false);
		expect(b.left < 240 && b.right > 240 && b.top < 90 && b.bottom > 90).toBe(true);
	});
	it('keeps clear of fixed boxes (place names) and inside the frame', () => {
		const place = textBox(100, 140, nameWidth('Tehran'), 'start');
		const [p] = placeLabels([{ name: 'Iran', x: 110, y: 150 }], [place], ...frame);
		expect(p).toEqual({ x: 110, y: 156 });
		const [edge] = placeLabels([{ name: 'Israel', x: 5, y: 150 }], [], ...frame);
		const left = textBox(edge.x, edge.y, nameWidth('Israel', COUNTRY_SPACING), 'middle').left;
		expect(left).toBeGreaterThanOrEqual(0);
		expect(left).toBeLessThan(1);
	});
});
