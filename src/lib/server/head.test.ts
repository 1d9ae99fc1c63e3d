import { describe, expect, it } from 'vitest';
import { scriptsAfterPaint } from './head';

const boot = '<script>{ __sveltekit_abc = {}; Promise.all([import("/s.js")]); }</script>';

describe('scriptsAfterPaint', () => {
	it('puts what only the script needs, and the boot script, into one inert template', () => {
		const html =
			'<html><head><meta charset="utf-8">\n<link href="/a.js" rel="modulepreload">\n' +
			'<link href="/b.js" rel="modulepreload"><title>T</title>' +
			'<link href="/s.css" rel="stylesheet"><link rel="preload" href="/d.json" as="fetch" crossorigin="anonymous">' +
			'<link rel="preload" href="/f.woff2" as="font"></head><body><div><p>Text</p>' +
			boot +
			'</div><script>land()</script></body></html>';
		expect(scriptsAfterPaint(html)).toBe(
			'<html><head><meta charset="utf-8">\n<title>T</title><link href="/s.css" rel="stylesheet">' +
				'<link rel="preload" href="/f.woff2" as="font"></head><body><div><p>Text</p>' +
				'<template data-after-paint><link href="/a.js" rel="modulepreload"><link href="/b.js" rel="modulepreload">' +
				'<link rel="preload" href="/d.json" as="fetch" crossorigin="anonymous">' +
				boot +
				'</template></div><script>land()</script></body></html>'
		);
	});
	it('keeps the boot script byte for byte (its CSP hash), "$&" and all', () => {
		const odd = '<script>{ __sveltekit_x = { s: "$& $1" }; }</script>';
		expect(scriptsAfterPaint(`<body>${odd}</body>`)).toBe(
			`<body><template data-after-paint>${odd}</template></body>`
		);
	});
	it('leaves a page without a boot script (no client code) alone', () => {
		const html =
			'<head><link href="/a.js" rel="modulepreload"></head><body><script>x()</script></body>';
		expect(scriptsAfterPaint(html)).toBe(html);
	});
});
