import { describe, expect, it } from 'vitest';
import { activeIndexAt } from './geometry';

const at = (tops: number[], trigger: number, end?: number) =>
	activeIndexAt(tops.length, (i) => tops[i], trigger, end);

describe('activeIndexAt: the last step whose top has passed the trigger', () => {
	it.each([
		[[500, 900, 1300], 400, -1],
		[[300, 900, 1300], 400, 0],
		[[-800, -200, 380], 400, 2],
		[[-800, -200, 400], 400, 2],
		[[-900, -500, -100, 300, 700, 1100, 1500], 400, 3],
		[[], 400, -1]
	])('tops %j, trigger %d -> %d', (tops, trigger, expected) =>
		expect(at(tops, trigger)).toBe(expected)
	);

	it('reads a handful of steps, not all of them', () => {
		const tops = Array.from({ length: 1000 }, (_, i) => i * 100 - 50_000);
		let reads = 0;
		const index = activeIndexAt(tops.length, (i) => (reads++, tops[i]), 400);
		expect(index).toBe(504);
		expect(reads).toBeLessThanOrEqual(11);
	});
});

describe('activeIndexAt past the last step', () => {
	it('is -1 once the last step has gone above the trigger line', () => {
		expect(at([0, 100, 200], 400, 300)).toBe(-1);
		expect(at([0, 100, 200], 400, 500)).toBe(2);
	});
});
