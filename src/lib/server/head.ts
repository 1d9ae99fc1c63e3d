/**
 * When the browser asks for a page's scripts: after the first paint. SvelteKit writes its
 * module preloads at the top of the head and its boot script in the body, so on a slow
 * connection eight scripts share the bandwidth with the stylesheets and the HTML that
 * paint the page, and on a fast one they run before it paints (measured: LCP 1.8 s
 * against 1.2 s on a slow connection with them at the end; on a fast one the event page
 * painted only once its scripts had loaded). The page reads and works without them
 * (links are links).
 *
 * So the preloads (modules, and the shared data the script reads: story-data.json,
 * deck.json) and the boot script go into one inert `<template data-after-paint>`, in the
 * boot script's place: nothing in a template loads or runs. The last script of app.html
 * brings them to life after the first frame (at once in a hidden tab, which never paints).
 * The boot script keeps its text, so the CSP hash SvelteKit wrote for it still holds.
 */

/** What only the script needs: its modules and the shared data it reads (`as="fetch"`). */
const FOR_SCRIPT = /<link\b[^>]*\brel="(?:modulepreload|preload"[^>]*\bas="fetch)"[^>]*>\s*/g;

/** SvelteKit's boot script: the inline script that names the app's global and starts it. */
const BOOT = /<script>(?:(?!<\/script>)[\s\S])*?__sveltekit_[\s\S]*?<\/script>/;

/** The attribute app.html's last script looks for. */
export const AFTER_PAINT_ATTR = 'data-after-paint';

/** Moves every module and data preload, with the boot script, into an inert template. */
export function scriptsAfterPaint(html: string): string {
	const boot = BOOT.exec(html);
	if (!boot) return html;
	const preloads: string[] = [];
	const rest = html.replace(FOR_SCRIPT, (link) => {
		preloads.push(link.trim());
		return '';
	});
	return rest.replace(
		boot[0],
		() => `<template ${AFTER_PAINT_ATTR}>${preloads.join('')}${boot[0]}</template>`
	);
}
