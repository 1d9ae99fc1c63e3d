import { describe, expect, it } from 'vitest';
import { ownTask } from './tasks';

describe('ownTask', () => {
	it('gives each caller a task of its own, in the order asked', async () => {
		const order: string[] = [];
		// A task boundary shows as a timer callback running between two turns.
		const turns = ['a', 'b', 'c'].map((name) =>
			ownTask().then(() => {
				order.push(name);
				setTimeout(() => order.push(`after ${name}`), 0);
			})
		);
		await Promise.all(turns);
		await new Promise((r) => setTimeout(r, 0));
		expect(order.slice(0, 4)).toEqual(['a', 'after a', 'b', 'after b']);
	});
});
