import { describe, expect, it } from 'vitest';
import { effectiveScheme, parseScheme, toggled } from './theme';

describe('colour scheme', () => {
	it('accepts only the two schemes from storage', () => {
		expect(parseScheme('dark')).toBe('dark');
		expect(parseScheme('light')).toBe('light');
		expect(parseScheme('auto')).toBeNull();
		expect(parseScheme(null)).toBeNull();
	});
	it("follows the system until the reader chooses, then the reader's choice", () => {
		expect(effectiveScheme(null, true)).toBe('dark');
		expect(effectiveScheme(null, false)).toBe('light');
		expect(effectiveScheme('light', true)).toBe('light');
		expect(effectiveScheme('dark', false)).toBe('dark');
	});
	it('toggles what is shown', () => {
		expect(toggled('dark')).toBe('light');
		expect(toggled('light')).toBe('dark');
	});
});
