/**
 * The embed: the iframe snippet a host pastes, and the message the embed sends its host.
 *
 * Message (documented in the README), posted to the parent window when the embed has
 * loaded and whenever its preferred height changes (the frame's width changed):
 *   { type: 'tl-embed:height', height: <CSS px, integer> }
 */
import { escapeHtml as attr } from '$lib/html';

export const HEIGHT_MESSAGE = 'tl-embed:height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
}

export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

export function isHeightMessage(data: unknown): data is HeightMessage {
	const d = data as Partial<HeightMessage> | null;
	return !!d && d.type === HEIGHT_MESSAGE && typeof d.height === 'number' && d.height > 0;
}

export function embedPath(base: string, id?: string | null): string {
	return id ? `${base}/embed/${id}/` : `${base}/embed/`;
}

/**
 * The HTML to paste: the iframe (works alone, at its default height) and an optional
 * script that sizes it from the embed's height message. The script checks the sender's
 * origin, so no other frame can resize it.
 */
export function embedSnippet(src: string, title: string, height = 640): string {
	const origin = new URL(src).origin;
	const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
	const script =
		`<script>addEventListener("message",function(e){var d=e.data;` +
		`if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${HEIGHT_MESSAGE}")return;` +
		`document.querySelectorAll("iframe").forEach(function(f){` +
		`if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</` +
		`script>`;
	return `${iframe}\n${script}`;
}

/** Beyond this a frame is taller than most screens: the host page scrolls instead. */
export const MAX_HEIGHT = 960;
const MIN_HEIGHT = 420;
const MARGIN = 48;

/**
 * The height at which the embed shows the axis and any one step whole: beside each other
 * on a wide frame, the axis above the step on a narrow one. It does not depend on the
 * frame's own height, so resizing the frame to it never asks for another size.
 */
export function preferredHeight(m: { graphic: number; tallestStep: number; stacked: boolean }) {
	const need = m.stacked ? m.graphic + m.tallestStep : Math.max(m.graphic, m.tallestStep);
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(need + MARGIN)));
}
