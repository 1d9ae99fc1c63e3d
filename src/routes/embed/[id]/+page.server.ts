import story from 'virtual:story';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => story.events.map((e) => ({ id: e.id }));
