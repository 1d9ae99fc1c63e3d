/**
 * The presenter's stopwatch as a value: running time is derived from the clock,
 * never counted tick by tick, so a slow or throttled tab still shows the right time.
 */
export interface Stopwatch {
	/** ms accumulated before the current run */
	banked: number;
	/** Date.now() when the current run started; null when paused */
	since: number | null;
}

export const STOPPED: Stopwatch = { banked: 0, since: null };

export const elapsed = (w: Stopwatch, now: number) =>
	w.banked + (w.since === null ? 0 : Math.max(0, now - w.since));

export const start = (w: Stopwatch, now: number): Stopwatch =>
	w.since === null ? { banked: w.banked, since: now } : w;

export const pause = (w: Stopwatch, now: number): Stopwatch =>
	w.since === null ? w : { banked: elapsed(w, now), since: null };

/** 65 s -> "01:05"; an hour and more -> "1:00:05". */
export function formatElapsed(ms: number): string {
	const s = Math.floor(ms / 1000);
	const pad = (n: number) => String(n).padStart(2, '0');
	const h = Math.floor(s / 3600);
	const mm = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
	return h ? `${h}:${mm}` : mm;
}

/** Wall-clock time as the presenter reads it, 24-hour: "14:05". */
export function formatClock(d: Date): string {
	return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
