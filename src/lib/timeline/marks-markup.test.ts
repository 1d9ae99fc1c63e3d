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

	it('draws a bar that shares its stretch of a lane as its stripe of the band', () => {
		// Second of three in lane 0: a third of the 6 px band, below the first.
		const rect = shapesMarkup({ ...bar, lanes: [0], stack: [[1, 3]] }, 0, g);
		expect(rect).toContain('y="8" height="2" rx="1"');
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
	it('moves every shape of every mark to the view', () => {
		const shape = () => {
			const attrs: Record<string, string> = {};
			return { attrs, setAttribute: (k: string, v: string) => (attrs[k] = v) };
		};
		const groups = [{ children: [shape()] }, { children: [shape(), shape()] }];
		place(groups as unknown as Element[], [dot, bar], 1);
		expect(groups[0].children[0].attrs).toEqual({ cx: '40%' });
		expect(groups[1].children.map((s) => s.attrs)).toEqual([
			{ x: '20%', width: '8%' },
			{ x: '20%', width: '8%' }
		]);
	});
});
