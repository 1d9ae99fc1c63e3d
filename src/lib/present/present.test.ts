import { describe, expect, it } from 'vitest';
import { applyAction, deckAction, swipeAction } from './keys';
import { buildSlides, slideIndex } from './slides';
import { bodyScale } from './fit';
import { teachingNotes } from './notes';
import { elapsed, formatClock, formatElapsed, pause, start, STOPPED } from './timer';
import type { Claim, Discrepancy, Era, Story, StoryEvent } from '../story/schema';

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
		['?', 'help'],
		['x', null]
	])('%j -> %s', (key, action) => expect(deckAction({ key })).toBe(action));
	it('Shift+Space goes back; shortcuts with Ctrl are the browser’s', () => {
		expect(deckAction({ key: ' ', shiftKey: true })).toBe('prev');
		expect(deckAction({ key: '?', shiftKey: true })).toBe('help');
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

const era = (id: string) =>
	({ id, title: id, start: '2000', end: '2001', summary: '', discussion: `Q ${id}` }) as Era;
const claim = (text: string, quotes: string[], status: Claim['status'] = 'reported'): Claim => ({
	text,
	status,
	citations: quotes.map((quote) => ({ source: 'a', quote }))
});
const ev = (id: string, e: string, claims = [claim('c', ['q'])], editorNotes?: string[]) =>
	({ id, era: e, title: id, summary: 's', claims, editorNotes }) as StoryEvent;
const disagreement = (id: string, events: string[], nature: Discrepancy['nature']) =>
	({
		id,
		topic: `T ${id}`,
		kind: 'count',
		nature,
		events,
		values: [
			{ value: 'one', citations: [{ source: 'a', quote: 'x' }] },
			{ value: 'two', citations: [{ source: 'a', quote: 'y' }] }
		]
	}) as Discrepancy;

describe('slides', () => {
	const long = 'word '.repeat(50).trim();
	const story = {
		eras: [era('a'), era('empty'), era('b')],
		events: [
			ev('x', 'a', [claim('c', ['q'], 'confirmed')], ['note x']),
			ev(
				'y',
				'a',
				[1, 2, 3, 4, 5].map((n) => claim(`claim ${n}`, [long, long])),
				['note y']
			),
			ev('z', 'b')
		],
		discrepancies: [
			disagreement('d1', ['y', 'x'], 'substantive'),
			disagreement('d2', ['z'], 'spelling')
		],
		sources: [{ id: 'a', label: 'Source A' }],
		secondarySources: []
	} as unknown as Story;
	const slides = buildSlides(story);
	const ids = slides.map((s) => s.id);

	it('title, then each era with its events; empty eras are skipped', () => {
		expect(ids[0]).toBeNull();
		expect(ids.slice(1, 3)).toEqual(['a', 'x']);
		expect(ids).not.toContain('empty');
		expect(ids.at(-2)).toBe('b');
		expect(ids.at(-1)).toBe('z');
	});
	it('the title slide keys only the labels in use', () => {
		const title = slides[0];
		expect(title.kind === 'title' && title.statuses).toEqual(['confirmed', 'reported']);
	});
	it('a short event is one slide with everything', () => {
		const x = slides.find((s) => s.id === 'x');
		expect(x?.kind === 'event' && x.part).toBe('all');
	});
	it('a long event becomes its claims, then the evidence, with every quote once', () => {
		const own = slides.filter((s) => s.kind === 'event' && s.event.id === 'y');
		expect(own.length).toBeGreaterThan(2);
		expect(own.map((s) => s.id)).toEqual(own.map((_, i) => (i ? `y--${i + 1}` : 'y')));
		const parts = own.map((s) => (s.kind === 'event' ? s.part : null));
		expect(parts[0]).toBe('claims');
		expect(parts.at(-1)).toBe('evidence');
		const quoted = own.flatMap((s) =>
			s.kind === 'event' && s.part === 'evidence' ? s.claims.flatMap((c) => c.citations) : []
		);
		expect(quoted).toHaveLength(10);
	});
	it("each slide numbers its claims as the event does (a teacher's “claim 5” is 5 on every slide)", () => {
		const own = slides.filter((s) => s.kind === 'event' && s.event.id === 'y');
		const y = story.events.find((e) => e.id === 'y')!;
		for (const s of own)
			if (s.kind === 'event')
				expect(s.start, s.id ?? '').toBe(
					y.claims.findIndex((c) => c.text === s.claims[0].text) + 1
				);
		expect(own.some((s) => s.kind === 'event' && s.start > 1)).toBe(true);
	});
	it('one slide per substantive disagreement, after the first event it concerns', () => {
		const i = ids.indexOf('disagreement--d1');
		expect(slides[i - 1].kind).toBe('event');
		expect(slides[i].kind === 'disagreement' && slides[i].event.id).toBe('x');
		expect(ids.filter((id) => id?.startsWith('disagreement--d1'))).toHaveLength(1);
		expect(ids.some((id) => id?.includes('d2'))).toBe(false);
	});
	it('a slide with room sets its body larger; a full one stays at the slide size', () => {
		const scale = (id: string) => {
			const s = slides.find((x) => x.id === id);
			return s?.kind === 'event' ? s.scale : null;
		};
		expect(scale('x')).toBe(1.4);
		const full = slides.filter((s) => s.kind === 'event' && s.event.id === 'y');
		expect(full.some((s) => s.kind === 'event' && s.scale < 1.4)).toBe(true);
	});
	it('bodyScale: the largest size whose reflowed text still fits', () => {
		// 600 characters at 0.5 em each: 300 em of text, 1.3 em lines, a 55 em column.
		const cost = (w: number) => Math.ceil(300 / w) * 1.3;
		expect(bodyScale(cost, 100)).toBe(1.4);
		expect(bodyScale(cost, 11)).toBe(1.2); // 1.2 × ⌈300 / 45.8⌉ × 1.3 = 10.9
		expect(bodyScale(cost, 10.5)).toBe(1);
	});
	it('finds slides by id', () => {
		expect(slideIndex(slides, 'z')).toBe(slides.length - 1);
		expect(slideIndex(slides, null)).toBe(0);
	});

	it('notes: the question on the era slide only; each event its own notes and disagreements', () => {
		const notes = teachingNotes(story, slides);
		expect(notes['a'].question).toBe('Q a');
		expect(notes['x'].question).toBeUndefined();
		expect(notes['x'].editorNotes).toEqual(['note x']);
		expect(notes['y'].editorNotes).toEqual(['note y']);
		expect(notes['x'].disagreements[0]).toContain('T d1');
		expect(notes['x'].disagreements[0]).toContain('one (Source A)');
		expect(notes['z'].disagreements[0]).toMatch(/^Spelling/);
		expect(notes['y--2'].editorNotes).toEqual(['note y']);
	});
});

describe('timer', () => {
	it('runs, pauses and resumes from the clock', () => {
		let w = start(STOPPED, 1000);
		expect(elapsed(w, 6000)).toBe(5000);
		w = pause(w, 6000);
		expect(elapsed(w, 60_000)).toBe(5000);
		w = start(w, 60_000);
		expect(elapsed(w, 61_000)).toBe(6000);
		expect(start(w, 99_000)).toBe(w);
	});
	it('formats', () => {
		expect(formatElapsed(65_000)).toBe('01:05');
		expect(formatElapsed(3_605_000)).toBe('1:00:05');
		expect(formatClock(new Date(2026, 0, 1, 9, 5))).toBe('09:05');
	});
});
