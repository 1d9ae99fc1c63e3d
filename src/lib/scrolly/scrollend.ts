/**
 * `scrollend`, where the browser has it; elsewhere (Safari before 26) the same moment
 * approximated: no scroll event for `quietMs`. Returns the unsubscribe function.
 */
export function onScrollEnd(
	target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
	callback: () => void,
	quietMs = 120
): () => void {
	if ('onscrollend' in target) {
		target.addEventListener('scrollend', callback);
		return () => target.removeEventListener('scrollend', callback);
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const onScroll = () => {
		clearTimeout(timer);
		timer = setTimeout(callback, quietMs);
	};
	target.addEventListener('scroll', onScroll, { passive: true });
	return () => {
		clearTimeout(timer);
		target.removeEventListener('scroll', onScroll);
	};
}
