import story from 'virtual:story';
import type { EntryGenerator } from './$types';

// Only the list of pages to prerender lives on the server; with no server load,
// moving between events in the browser fetches nothing. Former ids are listed too:
// each becomes a redirect page to the event's new id.
export const entries: EntryGenerator = () =>
	story.events.flatMap((e) => [e.id, ...(e.formerIds ?? [])].map((id) => ({ id })));
