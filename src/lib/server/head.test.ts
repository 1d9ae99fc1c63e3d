import { describe, expect, it } from 'vitest';
import { scriptsAfterContent } from './head';

describe('scriptsAfterContent', () => {
	it('asks for what only the script needs after the content, all together', () => {
		const html =
			'<html><head><meta charset="utf-8">\n<link href="/a.js" rel="modulepreload">\n' +
			'<link href="/b.js" rel="modulepreload"><title>T</title>' +
			'<link href="/s.css" rel="stylesheet"><link rel="preload" href="/d.json" as="fetch" crossorigin="anonymous">' +
			'<link rel="preload" href="/f.woff2" as="font"></head><body><p>Text</p><script>start()</script></body></html>';
		expect(scriptsAfterContent(html)).toBe(
			'<html><head><meta charset="utf-8">\n<title>T</title><link href="/s.css" rel="stylesheet">' +
				'<link rel="preload" href="/f.woff2" as="font"></head><body><p>Text</p><script>start()</script>' +
				'<link href="/a.js" rel="modulepreload"><link href="/b.js" rel="modulepreload">' +
				'<link rel="preload" href="/d.json" as="fetch" crossorigin="anonymous"></body></html>'
		);
	});
	it('leaves a page without a body alone', () => {
		expect(scriptsAfterContent('<link href="/a.js" rel="modulepreload">')).toBe(
			'<link href="/a.js" rel="modulepreload">'
		);
	});
});
