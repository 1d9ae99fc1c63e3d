/** The validated story, served by src/lib/story/vite-plugin.ts. */
declare module 'virtual:story' {
	const story: import('$lib/story/schema').Story;
	export default story;
}
declare module 'virtual:places' {
	const places: import('$lib/story/places').Places;
	export default places;
}
