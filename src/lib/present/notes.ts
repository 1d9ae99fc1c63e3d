/**
 * What the presenter sees beside each slide. Teaching notes (our discussion question
 * per era) are for the presenter only: the audience page is built from a story with
 * them blanked out, and the presenter view loads every slide's notes separately
 * (/present/notes.json), so a projector never has them in its HTML.
 */
import type { Discrepancy, Story } from '../story/schema';
import { editorNote, sourceLabel } from '../story/labels';
import type { Slide } from './slides';

export interface SlideNotes {
	/** the era's discussion question: on the era's own slide only */
	question?: string;
	/** the editors' notes on this event or disagreement */
	editorNotes: string[];
	/** the event's disagreements in one line each */
	disagreements: string[];
}

/** Notes for every slide, keyed by slide id ('' for the title slide). */
export type TeachingNotes = Record<string, SlideNotes>;

export const notesKey = (slide: Pick<Slide, 'id'>) => slide.id ?? '';

export function withoutTeachingNotes(story: Story): Story {
	return { ...story, eras: story.eras.map((e) => ({ ...e, discussion: '' })) };
}

/** "Topic: value (label, label) / value (label)", the sources named as readers see them. */
export function disagreementBrief(
	d: Discrepancy,
	story: Pick<Story, 'sources' | 'secondarySources'>
): string {
	const label = (id: string) => {
		const s =
			story.sources.find((x) => x.id === id) ?? story.secondarySources.find((x) => x.id === id);
		return s ? sourceLabel(s) : 'unknown source';
	};
	const values = d.values.map(
		(v) => `${v.value} (${[...new Set(v.citations.map((c) => label(c.source)))].join('; ')})`
	);
	return `${d.nature === 'spelling' ? 'Spelling. ' : ''}${d.topic} ${values.join(' / ')}`;
}

export function teachingNotes(
	story: Pick<Story, 'eras' | 'discrepancies' | 'sources' | 'secondarySources'>,
	slides: Slide[]
): TeachingNotes {
	const notes: TeachingNotes = {};
	for (const slide of slides) {
		const n: SlideNotes = { editorNotes: [], disagreements: [] };
		if (slide.kind === 'era') {
			n.question = story.eras.find((e) => e.id === slide.era.id)?.discussion;
		} else if (slide.kind === 'event') {
			// A note resting on outside knowledge says so here too.
			n.editorNotes = (slide.event.editorNotes ?? [])
				.map(editorNote)
				.map((x) => (x.outside ? `Outside the articles: ${x.text}` : x.text));
			n.disagreements = story.discrepancies
				.filter((d) => d.events.includes(slide.event.id))
				.map((d) => disagreementBrief(d, story));
		} else if (slide.kind === 'disagreement') {
			const d = slide.discrepancy;
			n.editorNotes = d.editorNote ? [d.editorNote] : [];
			n.disagreements = [disagreementBrief(d, story)];
		}
		notes[notesKey(slide)] = n;
	}
	return notes;
}
