import { describe, expect, it } from 'vitest';
import { pillFor, tickAnchor, underPill } from './pill';

describe('pillFor: the date pill stays on the axis', () => {
	it('is centred on its mark when there is room', () => {
		const p = pillFor('2014', 50, 600);
		expect(p.left).toBeCloseTo(-p.width / 2);
	});
	it('is pushed inside the axis at either end, never cut off', () => {
		const date = '26 December 2022';
		const early = pillFor(date, 2, 600);
		expect(12 + early.left).toBe(0);
		const late = pillFor(date, 97, 600);
		expect(582 + late.left + late.width).toBeCloseTo(600);
	});
	it('leans inwards by position before the axis is measured', () => {
		expect(pillFor('2014', 5).left).toBe(0);
		expect(pillFor('2014', 90).left).toBe(-pillFor('2014', 90).width);
	});
});

describe('underPill: year labels the pill would cover', () => {
	const W = 600;
	const date = '26 December 2022';
	it('hides the labels beside the date, and only those', () => {
		// A pill about 136 px wide centred at 300 px covers 232–368 px.
		const pill = pillFor(date, 50, W);
		const hidden = [30, 40, 45, 50, 55, 60, 65, 70].filter((x) =>
			underPill(x, 50, pill, W, 'wide')
		);
		expect(hidden).toEqual([40, 45, 50, 55, 60]);
	});
	it('measures a label as it is anchored at the edges', () => {
		const pill = pillFor('2024', 100, W);
		// the last year label is anchored at its end, so it sits under a pill at the end
		expect(tickAnchor(100)).toBe('end');
		expect(underPill(100, 100, pill, W, 'compact')).toBe(true);
		expect(underPill(85, 100, pill, W, 'compact')).toBe(false);
	});
	it('hides nothing before the axis is measured (the server draws every label)', () => {
		expect(underPill(50, 50, pillFor(date, 50), 0, 'wide')).toBe(false);
	});
});
