// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** islands' markup, rendered by a page's load, written into their hosts by the hook ($lib/island) */
			islands?: Record<string, string>;
			/** what a page's load adds to its head: the styles of markup it rendered ($lib/island) */
			head?: string;
		}
	}
}

export {};
