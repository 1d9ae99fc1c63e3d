/**
 * The limit beside our site: the same story as one plain semantic-HTML page,
 * no JavaScript and a few lines of CSS. The benchmark measures it next to the
 * real pages, so "LCP 1.2× plain" means 1.2× what this content costs at least.
 *
 * "The same story" means what a reader of `/` can read there (see
 * src/lib/narrative/StoryMarkup.svelte and what it renders): the intro and contents,
 * every event with every claim, quote and note, the disagreements, names and
 * spellings, the sources, about and corrections. Not the controls, the timeline
 * graphic, the source chips (the quotes name their sources), the evidence counts or the
 * per-source event lists: those are the site's, not the story's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// The site's own labels, so both pages say the same (run through tsx).
import { eventDateLabel, formatDate } from '../src/lib/time/dates.ts';
import {
	STATUS_HELP,
	STATUS_LABELS,
	editorNote,
	outletName,
	sourceLabel,
	usedStatuses
} from '../src/lib/story/labels.ts';
import { buildIndex } from '../src/lib/story/indexes.ts';
import { relatedEvents } from '../src/lib/narrative/evidence.ts';
import type {
	Citation,
	Claim,
	Discrepancy,
	EditorNote,
	Era,
	SecondarySource,
	Source,
	Story,
	StoryEvent
} from '../src/lib/story/schema.ts';

const esc = (s: string) =>
	String(s).replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
	);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "22 November 2026" from a partial ISO date, as the about section prints it. */
const day = (iso: string) =>
	formatDate({ date: iso, precision: iso.length > 7 ? 'day' : iso.length > 4 ? 'month' : 'year' });

export function renderPlainPage(story: Story): string {
	const index = buildIndex(story);
	const label = (id: string) => {
		const s = index.sourceById.get(id) ?? index.secondaryById.get(id);
		return s ? esc(sourceLabel(s)) : esc(id);
	};
	const eventLink = (id: string) => {
		const e = index.eventById.get(id);
		return e ? `<a href="#${esc(id)}">${esc(e.title)}</a>` : '';
	};

	const citation = (c: Citation) => `
<figure><blockquote>${esc(c.quote)}</blockquote><figcaption><a href="#source-${esc(c.source)}">${label(c.source)}</a>${c.via ? ` · relaying ${label(c.via)}` : ''}</figcaption></figure>`;

	const claim = (c: Claim) => `
<li><p><strong>${esc(STATUS_LABELS[c.status])}:</strong> ${esc(c.text)}</p>${c.citations.map(citation).join('')}</li>`;

	const note = (n: EditorNote) => {
		const { text, outside } = editorNote(n);
		return `
<p><strong>Editors' note:</strong> ${outside ? '<strong>Outside the articles:</strong> ' : ''}${esc(text)}</p>`;
	};

	const article = (e: StoryEvent) => {
		const ds = index.discrepanciesByEvent.get(e.id) ?? [];
		const disagree = ds.filter((d) => d.nature === 'substantive');
		const variants = ds.filter((d) => d.nature === 'spelling');
		const related = relatedEvents(e, index);
		const themes = e.themes.map((t) => index.themeById.get(t)?.label ?? t).join(', ');
		const dating = [
			e.reported ? `Made public ${formatDate(e.reported)}.` : '',
			e.inferred ? `How we dated it: ${e.inferred}` : ''
		].filter(Boolean);
		return `
<article id="${esc(e.id)}">
<h3>${esc(e.title)}</h3>
<p><time datetime="${esc(e.when.date)}">${esc(eventDateLabel(e))}</time>${e.inferred ? ' (date inferred)' : ''} · ${esc(themes)}</p>
<p>${esc(e.summary)}</p>
<ol>${e.claims.map(claim).join('')}
</ol>${dating.length ? `\n<p>${esc(dating.join(' '))}</p>` : ''}${variants
			.map(
				(d) =>
					`\n<p>Spelled differently by the articles: <a href="#variant-${esc(d.id)}">${esc(d.topic)}</a></p>`
			)
			.join('')}${(e.editorNotes ?? []).map(note).join('')}${
			disagree.length
				? `\n<p>Sources disagree:</p>\n<ul>${disagree.map((d) => `<li><a href="#disagreement-${esc(d.id)}">${esc(d.topic)}</a></li>`).join('')}</ul>`
				: ''
		}${
			related.length
				? `\n<p>Related events, where the same disagreement comes up:</p>\n<ul>${related.map((r) => `<li>${eventLink(r.id)}</li>`).join('')}</ul>`
				: ''
		}
</article>`;
	};

	const chapter = ({ era, events }: { era: Era; events: StoryEvent[] }) => `
<section id="era-${esc(era.id)}">
<h2>${esc(era.title)}</h2>
<p>${esc(era.start)}–${esc(era.end)}</p>
<p>${esc(era.summary)}</p>${events.map(article).join('')}
</section>`;

	// A disagreement or spelling variant: each value with the quotes that give it.
	const values = (d: Discrepancy) => `
<ul>${d.values.map((v) => `\n<li><strong>${esc(v.value)}</strong>${v.citations.map(citation).join('')}</li>`).join('')}
</ul>`;

	const disagreement = (d: Discrepancy) => `
<section id="disagreement-${esc(d.id)}">
<h3>${esc(d.topic)}</h3>${values(d)}${d.editorNote ? `\n<p><strong>Editors' note:</strong> ${esc(d.editorNote)}</p>` : ''}
<p>Events: ${d.events.map(eventLink).filter(Boolean).join('; ')}</p>
</section>`;

	const variant = (d: Discrepancy) => `
<section id="variant-${esc(d.id)}">
<h3>${esc(d.topic)}</h3>${values(d)}
</section>`;

	const glossary = story.glossary.map(
		(g) => `
<dt>${esc(g.term)}</dt>
<dd>${g.variants.map((v) => `“${esc(v.spelling)}” in ${v.sources.map(label).join(', ')}`).join('; ')}.${g.note ? ` ${esc(g.note)}` : ''}</dd>`
	);

	const source = (s: Source) => `
<li id="source-${esc(s.id)}">
<h3>${esc(sourceLabel(s))}</h3>
<p>“${esc(s.title)}”<br>${esc(outletName(s))}<br>${esc(s.kind.replace(/-/g, ' '))}${s.byline ? ` · by ${esc(s.byline)}` : ''} · ${s.published ? esc(formatDate(s.published)) : 'date not given'}</p>
<p>Supports ${plural(index.eventsBySource.get(s.id)?.length ?? 0, 'event')} (${index.claimsBySource.get(s.id) ?? 0} claims)</p>${s.publishedNote ? `\n<p>Dating: ${esc(s.publishedNote)}</p>` : ''}
<p><strong>Vantage point:</strong> ${esc(s.perspective)}</p>${(s.editorNotes ?? []).map(note).join('')}
<p>The events it supports:</p>
<ul>${(index.eventsBySource.get(s.id) ?? []).map((id) => `<li><a href="#${esc(id)}">${esc(index.eventById.get(id)?.title ?? id)}</a></li>`).join('')}</ul>
</li>`;

	const relayed = (s: SecondarySource) => `
<li id="source-${esc(s.id)}"><strong>${esc(sourceLabel(s))}</strong>${s.outlet ? `: ${esc(s.title)}` : ''}. Cited by ${s.reportedBy.map(label).join(', ')}</li>`;

	const substantive = story.discrepancies.filter((d) => d.nature === 'substantive');
	const spelling = story.discrepancies.filter((d) => d.nature === 'spelling');

	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(story.title)} (plain)</title>
<meta name="description" content="${esc(story.subtitle)}">
<link rel="icon" href="data:,">
<style>
body { font: 1.0625rem/1.55 system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
figure { margin: 0.5rem 0 0.75rem 1rem; }
blockquote { margin: 0; font-style: italic; }
blockquote::before { content: '“'; } blockquote::after { content: '”'; }
figcaption { color: #555; }
</style>
</head>
<body>
<header>
<p>A sourced timeline</p>
<h1>${esc(story.title)}</h1>
<p>${esc(story.subtitle)}</p>${story.intro.map((p) => `\n<p>${esc(p)}</p>`).join('')}
</header>
<nav aria-labelledby="contents">
<h2 id="contents">Contents</h2>
<ol>${index.chapters
		.map(
			({ era, events }) =>
				`\n<li><a href="#era-${esc(era.id)}">${esc(era.title)}</a> ${esc(era.start)}–${esc(era.end)} · ${plural(events.length, 'event')}</li>`
		)
		.join('')}
</ol>
<ul>
<li><a href="#disagreements">Where the sources disagree</a></li>
<li><a href="#glossary">Names and spellings</a></li>
<li><a href="#sources">Sources</a></li>
<li><a href="#about">About and corrections</a></li>
</ul>
</nav>
<main>${index.chapters.map(chapter).join('')}
<section id="disagreements">
<h2>Where the sources disagree</h2>
<p>${substantive.length} points on which the articles give different numbers, dates, names or accounts. We show each version with its source rather than choosing one.</p>${substantive.map(disagreement).join('')}
</section>
<section id="glossary">
<h2>Names and spellings</h2>
<p>The articles spell some names differently. These are variants of one name, not disagreements about what happened.</p>${spelling.map(variant).join('')}
<h3>Glossary: ${story.glossary.length} names, places and terms</h3>
<dl>${glossary.join('')}
</dl>
</section>
<section id="sources">
<h2>Sources</h2>
<p>The five articles this story is built from. Every quote above is checked, word for word, against these texts when the site is built. Where an article does not name its outlet, neither do we.</p>
<ol>${story.sources.map(source).join('')}
</ol>
<h3>Reports the articles relay (${story.secondarySources.length})</h3>
<p>We have not read these directly: each is cited here only through the articles that report it.</p>
<ul>${story.secondarySources.map(relayed).join('')}
</ul>
</section>
<section id="about">
<h2>About and corrections</h2>
<p>Made by ${esc(story.site.credit)} from ${story.sources.length} articles (see <a href="#sources">Sources</a>). Last updated ${esc(day(story.site.updated))}.</p>
<p>Titles, summaries and claim sentences are our words; every claim cites the articles by exact quotes, checked word for word against their texts when the site is built. Editors' notes and discussion questions are ours and are always marked as ours. Each claim carries one label:</p>
<dl>${usedStatuses(story)
		.map((s) => `\n<dt>${esc(STATUS_LABELS[s])}</dt>\n<dd>${esc(STATUS_HELP[s])}</dd>`)
		.join('')}
</dl>
<h3>Corrections</h3>${
		story.site.corrections.length
			? `\n<ul>${story.site.corrections.map((c) => `\n<li><time datetime="${esc(c.date)}">${esc(day(c.date))}</time>: ${esc(c.text)}</li>`).join('')}\n</ul>`
			: '\n<p>No corrections so far.</p>'
	}
</section>
</main>
<footer>
<p>End of the story: ${plural(story.events.length, 'event')}, ${esc(story.range.start)}–${esc(story.range.end)}. <a href="#top">Back to top</a></p>
</footer>
</body>
</html>
`;
}

/** Writes <dir>/index.html and returns its path. */
export async function writePlainPage(story: Story, dir: string): Promise<string> {
	await mkdir(dir, { recursive: true });
	const path = join(dir, 'index.html');
	await writeFile(path, renderPlainPage(story));
	return path;
}
