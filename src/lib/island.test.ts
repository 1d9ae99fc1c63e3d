import { describe, expect, it } from 'vitest';
import { fillIsland, fillIslands } from './island';

describe('fillIsland', () => {
	it('writes the markup into the empty host, leaving the rest as it was', () => {
		const page = '<main><div class="a" data-island="graphic" hidden></div><p>x</p></main>';
		expect(fillIsland(page, 'graphic', '<!--[--><svg></svg><!--]-->')).toBe(
			'<main><div class="a" data-island="graphic" hidden><!--[--><svg></svg><!--]--></div><p>x</p></main>'
		);
	});

	it('names the island whose host is missing', () => {
		expect(() => fillIsland('<main></main>', 'graphic', 'x')).toThrow('island "graphic"');
	});

	it('does not take the host of another island', () => {
		expect(() => fillIsland('<div data-island="graphics"></div>', 'graphic', 'x')).toThrow();
	});
});

describe('fillIslands', () => {
	it('fills each island a page rendered, and leaves a page without islands as it was', () => {
		const page = '<div data-island="a"></div><div data-island="b"></div>';
		expect(fillIslands(page, { a: '1', b: '2' })).toBe(
			'<div data-island="a">1</div><div data-island="b">2</div>'
		);
		expect(fillIslands(page)).toBe(page);
	});
});
