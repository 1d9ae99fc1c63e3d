/**
 * Keys to presentation actions. Clickers send PageUp/PageDown; keyboards use arrows
 * and Space. Pure, so the mapping is tested without a browser.
 */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'help';

const KEYS: Record<string, DeckAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'prev',
	ArrowUp: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen',
	'?': 'help'
};

/** The keys as the on-screen help (`?`) lists them. */
export const KEY_HELP: [keys: string[], what: string][] = [
	[['→', '↓', 'Page Down', 'Space'], 'next slide'],
	[['←', '↑', 'Page Up', 'Shift + Space'], 'previous slide'],
	[['Home', 'End'], 'first, last slide'],
	[['f'], 'full screen on or off'],
	[['?'], 'show or hide these keys'],
	[['Esc'], 'close this list']
];

export function deckAction(e: {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}): DeckAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	// "?" needs Shift on most layouts, so it is checked before Shift+Space.
	if (e.key === ' ' && e.shiftKey) return 'prev';
	return KEYS[e.key] ?? null;
}

export function applyAction(action: DeckAction, index: number, count: number): number {
	switch (action) {
		case 'next':
			return Math.min(index + 1, count - 1);
		case 'prev':
			return Math.max(index - 1, 0);
		case 'first':
			return 0;
		case 'last':
			return count - 1;
		default:
			return index;
	}
}

/** A horizontal swipe of at least `min` px that is more sideways than up-down. */
export function swipeAction(dx: number, dy: number, min = 50): DeckAction | null {
	if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
	return dx < 0 ? 'next' : 'prev';
}
