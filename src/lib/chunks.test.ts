import { describe, expect, it, vi } from 'vitest';
import { loadChunk, type ChunkEnv } from './chunks';

function env(now = 1_000_000) {
	const store = new Map<string, string>();
	const e: ChunkEnv = {
		storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
		reload: vi.fn(),
		report: vi.fn(),
		now: () => now
	};
	return e;
}
const fail = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('loadChunk', () => {
	it('returns the module when it loads', async () => {
		const e = env();
		expect(await loadChunk(() => Promise.resolve({ default: 1 }), 'x', e)).toEqual({ default: 1 });
		expect(e.reload).not.toHaveBeenCalled();
	});

	it('starts loading in a later task than the one that asked', async () => {
		const load = vi.fn(() => Promise.resolve({ default: 1 }));
		const loaded = loadChunk(load, 'x', env());
		await Promise.resolve();
		expect(load).not.toHaveBeenCalled();
		await loaded;
		expect(load).toHaveBeenCalledOnce();
	});

	it('reloads once on a failed import, then reports instead of reloading again', async () => {
		const e = env();
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await loadChunk(fail, 'the controls', e)).toBeUndefined();
		expect(e.reload).toHaveBeenCalledTimes(1);
		expect(e.report).not.toHaveBeenCalled();
		// After the reload (same session storage), the same failure is reported, not looped.
		await loadChunk(fail, 'the controls', e);
		expect(e.reload).toHaveBeenCalledTimes(1);
		expect(e.report).toHaveBeenCalledWith({ what: 'the controls' });
	});

	it('a reload long ago does not block the next one (a later deploy)', async () => {
		const e = env();
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		await loadChunk(fail, 'x', e);
		const later = { ...e, now: () => 1_000_000 + 10 * 60_000, reload: vi.fn() };
		await loadChunk(fail, 'x', later);
		expect(later.reload).toHaveBeenCalledTimes(1);
	});

	it('without storage it never reloads (no loop possible), it reports', async () => {
		const e = { ...env(), storage: null };
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		await loadChunk(fail, 'x', e);
		expect(e.reload).not.toHaveBeenCalled();
		expect(e.report).toHaveBeenCalled();
	});
});
