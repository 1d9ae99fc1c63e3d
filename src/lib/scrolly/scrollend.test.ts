import { afterEach, describe, expect, it, vi } from 'vitest';
import { onScrollEnd } from './scrollend';

/** A window-like event target, with or without native scrollend. */
function target(native: boolean) {
	const t = new EventTarget() as EventTarget & { onscrollend?: null };
	if (native) t.onscrollend = null;
	return t as unknown as Window;
}

afterEach(() => vi.useRealTimers());

describe('onScrollEnd', () => {
	it('uses the native event where it exists', () => {
		const t = target(true);
		const cb = vi.fn();
		const off = onScrollEnd(t, cb);
		t.dispatchEvent(new Event('scroll'));
		expect(cb).not.toHaveBeenCalled();
		t.dispatchEvent(new Event('scrollend'));
		expect(cb).toHaveBeenCalledTimes(1);
		off();
		t.dispatchEvent(new Event('scrollend'));
		expect(cb).toHaveBeenCalledTimes(1);
	});

	it('without it, fires once when scrolling has been quiet for a moment', () => {
		vi.useFakeTimers();
		const t = target(false);
		const cb = vi.fn();
		const off = onScrollEnd(t, cb, 100);
		for (let i = 0; i < 5; i++) {
			t.dispatchEvent(new Event('scroll'));
			vi.advanceTimersByTime(50);
		}
		expect(cb).not.toHaveBeenCalled();
		vi.advanceTimersByTime(60);
		expect(cb).toHaveBeenCalledTimes(1);
		t.dispatchEvent(new Event('scroll'));
		off();
		vi.advanceTimersByTime(200);
		expect(cb).toHaveBeenCalledTimes(1);
	});
});
