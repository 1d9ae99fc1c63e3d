import { describe, expect, it } from 'vitest';
import { shellFromHtml } from './shell';

describe('shellFromHtml', () => {
	const html = `<!doctype html><head>
		<link rel="icon" href="/favicon.png" type="image/png" />
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/assets/story.B.css" rel="stylesheet">
		<link rel="preload" href="/fragments/story-data.json" as="fetch" crossorigin="anonymous">
		<link rel="canonical" href="/events/x/"/>
		<link rel="stylesheet" href="https://elsewhere.example/a.css">
		<link rel="stylesheet" href="//elsewhere.example/b.css">`;
	it('lists the scripts, styles, data and icon the page loads, once each, in order', () => {
		expect(shellFromHtml(html)).toEqual([
			'/favicon.png',
			'/_app/immutable/entry/start.A.js',
			'/_app/immutable/assets/story.B.css',
			'/fragments/story-data.json'
		]);
	});
	it('never another page (canonical) or another origin', () => {
		expect(shellFromHtml(html).some((u) => u.includes('events') || u.includes('elsewhere'))).toBe(
			false
		);
	});
});
