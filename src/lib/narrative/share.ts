/**
 * Share an event's link: the platform's share sheet on touch devices that have one,
 * the clipboard elsewhere. Loaded on first click, not with the page.
 * @returns what to tell the reader, or null when they dismissed the share sheet
 */
export async function shareLink(url: string, title: string): Promise<string | null> {
	const absolute = new URL(url, location.href).href;
	if (navigator.share && matchMedia('(pointer: coarse)').matches) {
		try {
			await navigator.share({ title, url: absolute });
			return 'Shared';
		} catch (e) {
			if ((e as DOMException).name === 'AbortError') return null;
		}
	}
	try {
		await navigator.clipboard.writeText(absolute);
		return 'Link copied';
	} catch {
		return `Copy this link: ${absolute}`;
	}
}
