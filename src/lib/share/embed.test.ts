import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
	embedPath,
	embedSnippet,
	heightMessage,
	isHeightMessage,
	MAX_HEIGHT,
	preferredHeight
} from './embed';

describe('embed', () => {
	it('has a path for the story and for one event, under the base', () => {
		expect(embedPath('')).toBe('/embed/');
		expect(embedPath('/story', 'gantz-2022')).toBe('/story/embed/gantz-2022/');
	});

	it('sends whole pixels and recognises only its own messages', () => {
		expect(heightMessage(640.2)).toEqual({ type: 'tl-embed:height', height: 641 });
		expect(isHeightMessage(heightMessage(500))).toBe(true);
		expect(isHeightMessage({ type: 'other', height: 5 })).toBe(false);
		expect(isHeightMessage({ type: 'tl-embed:height', height: 'tall' })).toBe(false);
		expect(isHeightMessage(null)).toBe(false);
	});

	it('gives an iframe with a title, and a resize script that trusts only the embed origin', () => {
		const html = embedSnippet('https://example.org/embed/', 'Israel "and" <Azerbaijan>');
		const root = parse(html);
		const iframe = root.querySelector('iframe')!;
		expect(iframe.getAttribute('src')).toBe('https://example.org/embed/');
		expect(iframe.getAttribute('title')).toBe('Israel "and" <Azerbaijan>');
		expect(iframe.getAttribute('height')).toBe('640');
		const script = root.querySelector('script')!.text;
		expect(script).toContain('e.origin!=="https://example.org"');
		expect(script).toContain('tl-embed:height');
	});

	it('asks for room for the axis and the tallest step, side by side or stacked, within bounds', () => {
		expect(preferredHeight({ graphic: 400, tallestStep: 500, stacked: false })).toBe(548);
		expect(preferredHeight({ graphic: 172, tallestStep: 500, stacked: true })).toBe(720);
		expect(preferredHeight({ graphic: 100, tallestStep: 100, stacked: false })).toBe(420);
		expect(preferredHeight({ graphic: 200, tallestStep: 3000, stacked: true })).toBe(MAX_HEIGHT);
	});
});
