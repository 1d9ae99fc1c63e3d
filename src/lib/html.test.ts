import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
	it('escapes what could end a text or a quoted attribute, and the ampersand first', () => {
		expect(escapeHtml(`<a href="x">Tom & "Jerry"</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; &quot;Jerry&quot;&lt;/a&gt;'
		);
		expect(escapeHtml('&amp;')).toBe('&amp;amp;');
	});
	it('leaves other text alone', () => {
		expect(escapeHtml("Israel–Azerbaijan: 'ties'")).toBe("Israel–Azerbaijan: 'ties'");
	});
});
