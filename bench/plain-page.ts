/**
 * The limit beside our site: the same story as one plain semantic-HTML page,
 * no JavaScript and a few lines of CSS. The benchmark measures it next to the
 * real pages, so "LCP 1.2× plain" means 1.2× what this content costs at least.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// The site's own date labels, so both pages say the same (run through tsx).
import { eventDateLabel, formatDate } from '../src/lib/time/dates.ts';
import type {
	Citation,
	Claim,
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

export function renderPlainPage(story: Story): string {
	const sources = new Map<string, Source | SecondarySource>(
		[...story.sources, ...story.secondarySources].map((s) => [s.id, s])
	);
	// Four of five sources print no outlet; name the article instead, as the site does.
	const outletOf = (id: string) => {
		const s = sources.get(id);
		return s ? (s.outlet ?? `“${s.title}” (outlet not shown)`) : id;
	};

	const citation = (c: Citation) => `
          <figure>
            <blockquote><p>${esc(c.quote)}</p></blockquote>
            <figcaption>${esc(outletOf(c.source))}${c.via ? `, citing ${esc(outletOf(c.via))}` : ''}</figcaption>
          </figure>`;

	const claim = (c: Claim) => `
        <li>
          <p><strong>${esc(c.status)}:</strong> ${esc(c.text)}</p>${c.citations.map(citation).join('')}
        </li>`;

	const article = (e: StoryEvent) => `
    <article id="${esc(e.id)}">
      <h3>${esc(e.title)}</h3>
      <p><time datetime="${esc(e.when.date)}">${esc(eventDateLabel(e))}</time></p>
      <p>${esc(e.summary)}</p>
      <ul>${e.claims.map(claim).join('')}
      </ul>
    </article>`;

	// Group by era, in story order, so the outline matches the story's chapters.
	const eras = story.eras.map(
		(era) => `
  <section aria-labelledby="era-${esc(era.id)}">
    <h2 id="era-${esc(era.id)}">${esc(era.title)}</h2>
    <p>${esc(era.summary)}</p>${story.events
			.filter((e) => e.era === era.id)
			.map(article)
			.join('')}
  </section>`
	);

	const source = (s: Source | SecondarySource) => `
      <li>${'byline' in s && s.byline ? `${esc(s.byline)}, ` : ''}“${esc(s.title)}”, ${esc(s.outlet ?? 'outlet not shown')}, ${s.published ? esc(formatDate(s.published)) : 'undated'}.</li>`;

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
  blockquote { margin: 0.5rem 0 0 1rem; font-style: italic; }
  figure { margin: 0 0 0.75rem; }
  figcaption { margin-left: 1rem; color: #555; }
</style>
</head>
<body>
<header>
  <h1>${esc(story.title)}</h1>
  <p>${esc(story.subtitle)}</p>
</header>
<main>
  <section aria-label="Introduction">${story.intro.map((p) => `\n    <p>${esc(p)}</p>`).join('')}
  </section>${eras.join('')}
  <section aria-labelledby="bibliography">
    <h2 id="bibliography">Sources</h2>
    <ol>${story.sources.map(source).join('')}
    </ol>
    <h3>Reports the sources cite</h3>
    <ul>${story.secondarySources.map(source).join('')}
    </ul>
  </section>
</main>
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
