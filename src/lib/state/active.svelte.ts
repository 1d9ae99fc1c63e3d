/**
 * The one piece of shared state: which event is active. Scroll, links and the URL
 * only *set* it; the axis, the steps, the live region and the address bar only
 * *read* it, through props from StoryPage, which owns it.
 */
/** What moved the reader: scroll updates the URL; a link moves the page. */
export type Cause = 'load' | 'scroll' | 'link';

export class ActiveEvent {
	id = $state<string | null>(null);
	cause = $state<Cause>('load');

	constructor(initial: string | null = null) {
		this.id = initial;
	}

	set(id: string | null, cause: Cause) {
		this.cause = cause;
		this.id = id;
	}
}
