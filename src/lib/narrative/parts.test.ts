import { describe, expect, it } from 'vitest';
import { fillHostMarkup, withoutHydrationMarkers } from './parts';

const page =
	'<main><div class="part svelte-x" data-story-part="intro"></div><div class="c" data-story-part="steps"></div></main>';

describe('fillHostMarkup', () => {
	it('fills each empty host and says how much it holds', () =>
		expect(fillHostMarkup(page, { intro: '<h1>T</h1>', steps: '<p>$& $1</p>' }, 'event')).toBe(
			'<main><div class="part svelte-x" data-story-part="intro" data-filled="event"><h1>T</h1></div>' +
				'<div class="c" data-story-part="steps" data-filled="event"><p>$& $1</p></div></main>'
		));
	it('leaves a page without hosts alone', () =>
		expect(fillHostMarkup('<main></main>', { intro: 'x' }, 'all')).toBe('<main></main>'));
});

describe('withoutHydrationMarkers', () => {
	it("drops Svelte's block markers and keeps real comments and text", () =>
		expect(
			withoutHydrationMarkers(
				'<!--[--><p>a</p><!--[-1--><!--]--><!----><!--[!--><!-- note -->b<!--]-->'
			)
		).toBe('<p>a</p><!-- note -->b'));
});
