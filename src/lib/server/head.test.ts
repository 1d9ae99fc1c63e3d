import { describe, expect, it } from 'vitest';
import { stylesBeforeScripts } from './head';

describe('stylesBeforeScripts', () => {
	it('asks for the stylesheets before the module preloads', () => {
		const html =
			'<html><head><meta charset="utf-8">\n<link href="/a.js" rel="modulepreload">\n' +
			'<link href="/b.js" rel="modulepreload"><title>T</title>' +
			'<link href="/s.css" rel="stylesheet"></head><body><link href="/x.js" rel="modulepreload"></body></html>';
		expect(stylesBeforeScripts(html)).toBe(
			'<html><head><meta charset="utf-8">\n<title>T</title><link href="/s.css" rel="stylesheet">' +
				'<link href="/a.js" rel="modulepreload"><link href="/b.js" rel="modulepreload">' +
				'</head><body><link href="/x.js" rel="modulepreload"></body></html>'
		);
	});
	it('leaves a page without a head alone', () => {
		expect(stylesBeforeScripts('<p>x</p>')).toBe('<p>x</p>');
	});
});
