import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from './headers.js';

const FILE = `# embeds may be framed anywhere; nothing else may
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'

/embed/*
  Content-Security-Policy: frame-ancestors *
/events/:id/
  X-Robots-Tag: all
`;

describe('_headers', () => {
	const rules = parseHeaders(FILE);
	it('applies every rule whose pattern matches, in order, joining repeated names', () => {
		expect(headersFor(rules, '/embed/x/')).toEqual([
			['X-Content-Type-Options', 'nosniff'],
			['Content-Security-Policy', "frame-ancestors 'none', frame-ancestors *"]
		]);
		expect(headersFor(rules, '/')).toEqual([
			['X-Content-Type-Options', 'nosniff'],
			['Content-Security-Policy', "frame-ancestors 'none'"]
		]);
	});
	it('a placeholder matches one segment, not several', () => {
		expect(headersFor(rules, '/events/a/')).toContainEqual(['X-Robots-Tag', 'all']);
		expect(headersFor(rules, '/events/a/b/')).not.toContainEqual(['X-Robots-Tag', 'all']);
	});
	it('a pattern is literal apart from * and :name', () => {
		const [rule] = parseHeaders('/a.b\n  X: 1\n');
		expect(rule.pattern.test('/a.b')).toBe(true);
		expect(rule.pattern.test('/aXb')).toBe(false);
	});
	it('a header line outside any rule is an error, not silently dropped', () => {
		expect(() => parseHeaders('  X: 1\n')).toThrow(/not under a path/);
	});
});

describe('_headers: dropping a header', () => {
	it('"! Name" removes what an earlier rule set, for the paths it matches only', () => {
		const rules = parseHeaders(
			"/*\n  X-Frame-Options: SAMEORIGIN\n  Content-Security-Policy: frame-ancestors 'self'\n" +
				'/embed/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n'
		);
		expect(headersFor(rules, '/embed/x/')).toEqual([
			['Content-Security-Policy', 'frame-ancestors *']
		]);
		expect(headersFor(rules, '/')).toEqual([
			['X-Frame-Options', 'SAMEORIGIN'],
			['Content-Security-Policy', "frame-ancestors 'self'"]
		]);
	});
});
