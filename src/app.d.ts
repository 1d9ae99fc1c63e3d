// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** the event an in-story link moved to */
			eventId?: string;
		}
	}
}

declare module 'virtual:story' {
	import type { Story } from '$lib/story/schema';
	const story: Story;
	export default story;
}

export {};
