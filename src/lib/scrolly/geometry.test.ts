import { describe, expect, it } from 'vitest';
import { activeIndexAt } from './geometry';

describe('activeIndexAt: the last step whose top has passed the trigger', () => {
	it.each([
		[[500, 900, 1300], 400, -1],
		[[300, 900, 1300], 400, 0],
		[[-800, -200, 380], 400, 2],
		[[-800, -200, 400], 400, 2],
		[[], 400, -1]
	])('tops %j, trigger %d -> %d', (tops, trigger, expected) =>
		expect(activeIndexAt(tops, trigger)).toBe(expected)
	);
});

describe('activeIndexAt past the last step', () => {
	it('is -1 once the last step has gone above the trigger line', () => {
		expect(activeIndexAt([0, 100, 200], 400, 300)).toBe(-1);
		expect(activeIndexAt([0, 100, 200], 400, 500)).toBe(2);
	});
});
