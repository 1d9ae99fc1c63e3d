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
