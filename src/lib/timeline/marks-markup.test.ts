import { describe, expect, it } from 'vitest';
import { MIN_WIDTH, type AxisMark } from '$lib/time/views';
import { marksMarkup, place, shapesMarkup, type MarkGeometry } from './marks-markup';

const g: MarkGeometry = {
	lanes: [
		{ id: 'arms', label: 'Arms' },
		{ id: 'oil', label: 'Oil' }
	],
	top: 4,
	laneH: 10,
	r: 3
};
const dot: AxisMark = {
	id: 'visit',
	title: 'A "close" visit & <more>',
	date: '2016',
	lanes: [1],
	point: true,
	start: 0,
	x: [10, 40],
	w: [0, 0]
};
const bar: AxisMark = { ...dot, id: 'year', point: false, lanes: [0, 1], x: [5, 20], w: [0.1, 8] };

describe('marksMarkup', () => {
	it('draws a dot for a day and a bar per lane otherwise, in the given view', () => {
		expect(shapesMarkup(dot, 1, g)).toBe(
			'<circle cx="40%" cy="19" r="3" style="--c: var(--tl-theme-oil)" data-lane="oil"></circle>'
		);
		const rects = shapesMarkup(bar, 0, g).match(/<rect [^>]*>/g)!;
		expect(rects).toHaveLength(2);
		// Too narrow to see at this zoom: drawn at the minimum width.
		expect(rects[0]).toContain(`x="5%" width="${MIN_WIDTH}%"`);
		expect(rects[0]).toContain('y="6" height="6" rx="3"');
	});

	it('draws a mark in a crowd in its row of the lane, the rows sharing the lane less a gap', () => {
		// Lane 0 is 10 px from y=4; three rows share min(10 - 4, 3 × 6) = 6 px: 2 px each.
		const rect = shapesMarkup({ ...bar, lanes: [0], stack: [[[1, 3]], [[0, 1]]] }, 0, g);
		expect(rect).toContain('y="8" height="2" rx="1"');
		// Two rows of a 22 px lane (centre 37) with dots of 6: 18 px, rows of 9, the second centred at 41.5.
		const wide = { ...g, laneH: 22, r: 6 };
		const crowd: AxisMark = { ...dot, stack: [[[0, 1]], [[1, 2]]] };
		expect(shapesMarkup(crowd, 1, wide)).toContain('cy="41.5" r="4.5"');
		// In a view where it is alone, the same mark is the lane's own size.
		expect(shapesMarkup(crowd, 0, wide)).toContain('cy="37" r="6"');
	});

	it('grows a shape all round but along time for the active outline', () => {
		expect(shapesMarkup(dot, 1, g, 3)).toContain('cx="40%" cy="19" r="6"');
		expect(shapesMarkup(bar, 1, g, 3)).toContain('x="20%" width="8%" y="3" height="12" rx="6"');
	});

	it('makes each mark a link named by its title, escaped', () => {
		const html = marksMarkup([dot], 0, g, (id) => `/events/${id}/`);
		expect(html).toMatch(
			/^<a class="mark" data-mark="visit" href="\/events\/visit\/" aria-label="A &quot;close&quot; visit &amp; &lt;more&gt;">/
		);
	});

	it('draws plain groups without a link for the slides', () => {
		const html = marksMarkup([dot, bar], 0, g);
		expect(html).not.toContain('href');
		expect(html).not.toContain('aria-label');
		expect(html.match(/<a class="mark"/g)).toHaveLength(2);
	});
});

describe('place', () => {
	it('moves every shape of every mark to the view, and into its row there', () => {
		const shape = () => {
			const attrs: Record<string, string> = {};
			return { attrs, setAttribute: (k: string, v: string) => (attrs[k] = v) };
		};
		const groups = [{ children: [shape()] }, { children: [shape(), shape()] }];
		const crowded: AxisMark = {
			...bar,
			stack: [
				[
					[0, 1],
					[0, 1]
				],
				[
					[0, 1],
					[1, 2]
				]
			]
		};
		place(groups as unknown as Element[], [dot, crowded], 1, g);
		expect(groups[0].children[0].attrs).toEqual({ cx: '40%', cy: '19', r: '3' });
		expect(groups[1].children.map((s) => s.attrs)).toEqual([
			{ x: '20%', width: '8%', y: '6', height: '6', rx: '3' },
			{ x: '20%', width: '8%', y: '19', height: '3', rx: '1.5' }
		]);
	});
});
