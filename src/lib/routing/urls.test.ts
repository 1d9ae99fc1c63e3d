import { describe, expect, it } from 'vitest';
import { eventPath, idFromHash, idFromPath, presentPath } from './urls';
import { nearestEvents } from './nearest';

describe('ids <-> URLs', () => {
	it.each([
		['', 'a-b', '/events/a-b/'],
		['/story', 'a-b', '/story/events/a-b/']
	])('base %j', (base, id, path) => {
		expect(eventPath(base, id)).toBe(path);
		expect(idFromPath(path, base)).toBe(id);
	});
	it('reads ids with or without the trailing slash, and nothing else', () => {
		expect(idFromPath('/events/x')).toBe('x');
		expect(idFromPath('/present/x/')).toBeNull();
		expect(idFromPath('/')).toBeNull();
	});
	it('present paths', () => {
		expect(presentPath('', 'x')).toBe('/present/x/');
		expect(presentPath('/s')).toBe('/s/present/');
	});
	it('hashes', () => {
		expect(idFromHash('#abc')).toBe('abc');
		expect(idFromHash('#caf%C3%A9')).toBe('café');
		expect(idFromHash('')).toBeNull();
	});
	it('malformed percent-encoding reads as the text it is, never throws', () => {
		expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
		expect(idFromHash('#100%')).toBe('100%');
		expect(idFromPath('/events/%E0%A4%A/')).toBe('%E0%A4%A');
		expect(idFromPath('/events/a%ZZb/')).toBe('a%ZZb');
	});
});

describe('nearestEvents', () => {
	const events = [
		{ id: 'embassy-opening-2023-03-29', title: 'Azerbaijan to open an embassy in Israel' },
		{ id: 'aviation-exemption-2013-10', title: 'An exemption for explosives flights' },
		{ id: 'nuclear-archive-2018', title: 'The Mossad takes Iran’s nuclear archive' }
	];
	it('matches a truncated id', () =>
		expect(nearestEvents('embassy-opening-2023', events)[0].id).toBe('embassy-opening-2023-03-29'));
	it('matches words of the title', () =>
		expect(nearestEvents('nuclear', events)[0].id).toBe('nuclear-archive-2018'));
	it('returns nothing for nonsense', () => expect(nearestEvents('zzz', events)).toEqual([]));
});
