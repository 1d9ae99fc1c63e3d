import { describe, expect, it } from 'vitest';
import { neighbours, stepKey } from './stepper';

describe('neighbours', () => {
	const ids = ['a', 'b', 'c'];
	it.each([
		[null, null, 'a'],
		['a', null, 'b'],
		['b', 'a', 'c'],
		['c', 'b', null],
		['hidden', null, 'a']
	])('from %s: previous %s, next %s', (current, previous, next) =>
		expect(neighbours(ids, current)).toEqual({ previous, next })
	);
	it('has nowhere to go in an empty story', () =>
		expect(neighbours([], null)).toEqual({ previous: null, next: null }));
});

describe('stepKey', () => {
	const key = (key: string, more: object = {}) =>
		stepKey({
			key,
			altKey: false,
			ctrlKey: false,
			metaKey: false,
			shiftKey: false,
			target: null,
			...more
		});
	it('reads j as next and k as previous', () => {
		expect(key('j')).toBe('next');
		expect(key('k')).toBe('previous');
	});
	it('leaves other keys and modified keys to the browser', () => {
		expect(key('ArrowDown')).toBeNull();
		expect(key('j', { ctrlKey: true })).toBeNull();
		expect(key('J', { shiftKey: true })).toBeNull();
	});
	it('never takes a key typed into a field', () => {
		const target = { closest: (s: string) => (s.includes('input') ? {} : null) };
		expect(key('j', { target })).toBeNull();
	});
});
