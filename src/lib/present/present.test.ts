import { describe, expect, it } from 'vitest';
import { applyAction, deckAction, swipeAction } from './keys';
import { buildSlides, shortQuote, slideIndex } from './slides';
import type { Era, StoryEvent } from '../story/schema';

describe('keys', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['x', null]
	])('%j -> %s', (key, action) => expect(deckAction({ key })).toBe(action));
	it('Shift+Space goes back; shortcuts with Ctrl are the browser’s', () => {
		expect(deckAction({ key: ' ', shiftKey: true })).toBe('prev');
		expect(deckAction({ key: 'f', ctrlKey: true })).toBeNull();
	});
	it('never leaves the deck', () => {
		expect(applyAction('next', 4, 5)).toBe(4);
		expect(applyAction('prev', 0, 5)).toBe(0);
		expect(applyAction('last', 0, 5)).toBe(4);
		expect(applyAction('first', 3, 5)).toBe(0);
	});
	it('swipes', () => {
		expect(swipeAction(-80, 5)).toBe('next');
		expect(swipeAction(80, 5)).toBe('prev');
		expect(swipeAction(20, 0)).toBeNull();
		expect(swipeAction(-80, 120)).toBeNull();
	});
});

describe('slides', () => {
	const era = (id: string) =>
		({ id, title: id, start: '2000', end: '2001', summary: '', discussion: '' }) as Era;
	const ev = (id: string, e: string) => ({ id, era: e }) as StoryEvent;
	const slides = buildSlides({
		eras: [era('a'), era('empty'), era('b')],
		events: [ev('x', 'a'), ev('y', 'a'), ev('z', 'b')]
	});
	it('title, then each era with its events; empty eras are skipped', () =>
		expect(slides.map((s) => s.id)).toEqual([null, 'a', 'x', 'y', 'b', 'z']));
	it('finds slides by id', () => {
		expect(slideIndex(slides, 'z')).toBe(5);
		expect(slideIndex(slides, null)).toBe(0);
	});
	it('shortens long quotes at a word, marking the cut', () => {
		const q = 'word '.repeat(60).trim();
		const s = shortQuote(q, 50);
		expect(s.endsWith(' …')).toBe(true);
		expect(q.startsWith(s.slice(0, -2))).toBe(true);
		expect(shortQuote('short')).toBe('short');
	});
});
