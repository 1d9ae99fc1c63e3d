import { describe, expect, it } from 'vitest';
import { eventOptions } from './event-options';

describe('eventOptions', () => {
	it('one option per event, in order, valued by id and named by date and title', () => {
		expect(
			eventOptions([
				{ id: 'a-1992', date: 'April 1992', title: 'Ties' },
				{ id: 'b', date: '2016', title: 'Arms <and> "drones" & more' }
			])
		).toBe(
			'<option value="a-1992">April 1992: Ties</option>' +
				'<option value="b">2016: Arms &lt;and&gt; &quot;drones&quot; &amp; more</option>'
		);
	});
	it('no events, no options', () => {
		expect(eventOptions([])).toBe('');
	});
});
