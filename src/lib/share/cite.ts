/**
 * "Cite this": the story or one event as a plain-text reference, CSL-JSON (what Zotero
 * and citeproc read) and BibTeX. Hand-built: a citation is a handful of fields.
 */
import type { Story } from '$lib/story/schema';
import type { TitledEvent } from '$lib/seo/title';
import { formatDate } from '$lib/time/dates';

type CiteStory = Pick<Story, 'title' | 'subtitle' | 'site'>;
/** An event as the page knows it: id, title and its date as a reader reads it. */
export type CiteEvent = TitledEvent & { id: string };

export interface CslItem {
	id: string;
	type: 'webpage';
	title: string;
	'container-title'?: string;
	author: { literal: string }[];
	issued: { 'date-parts': number[][] };
	URL: string;
}

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** "22 November 2026" from the story's "updated" (a partial ISO date). */
function updatedLabel(story: CiteStory): string {
	const date = story.site.updated;
	const precision = PRECISION[date.length as 4 | 7 | 10] ?? 'year';
	return formatDate({ date, precision });
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

function titleOf(story: CiteStory, event: CiteEvent | null): string {
	return event ? `${event.title} (${event.date})` : `${story.title}: ${story.subtitle}`;
}

export function citeText(story: CiteStory, event: CiteEvent | null, url: string): string {
	const where = event ? ` In ${story.title}: a sourced timeline.` : '';
	return `${story.site.credit}. “${titleOf(story, event)}.”${where} Updated ${updatedLabel(story)}. ${url}`;
}

export function cslJson(story: CiteStory, event: CiteEvent | null, url: string): CslItem {
	return {
		id: event ? event.id : 'story',
		type: 'webpage',
		title: titleOf(story, event),
		...(event ? { 'container-title': story.title } : {}),
		author: [{ literal: story.site.credit }],
		issued: { 'date-parts': dateParts(story.site.updated) },
		URL: url
	};
}

/** BibTeX's special characters, escaped; braces keep the title's capitals. */
function tex(text: string): string {
	return text
		.replace(/\\/g, '\\textbackslash{}')
		.replace(/([{}%&#_$])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}')
		.replace(/\^/g, '\\textasciicircum{}');
}

export function bibtex(story: CiteStory, event: CiteEvent | null, url: string): string {
	const [year, month] = story.site.updated.split('-');
	const key = (event ? event.id : 'story').replace(/[^\w-]/g, '');
	// Double braces keep capitals and keep a team's name from being split into first and last names.
	const fields: [string, string][] = [
		['title', `{{${tex(titleOf(story, event))}}}`],
		...(event ? [['booktitle', `{{${tex(story.title)}}}`] as [string, string]] : []),
		['author', `{{${tex(story.site.credit)}}}`],
		['year', `{${year}}`],
		...(month ? [['month', String(Number(month))] as [string, string]] : []),
		['url', `{${url}}`],
		['note', `{Updated ${tex(updatedLabel(story))}}`]
	];
	return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
