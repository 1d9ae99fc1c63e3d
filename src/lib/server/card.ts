/**
 * Social cards: a 1200×630 PNG for the story and for each event, drawn at build time
 * from the data (satori lays out and writes SVG, resvg rasterises it; no browser).
 * Colours come from tokens.css (light scheme), fonts from @fontsource (woff: satori
 * reads woff and ttf, not woff2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { ClaimStatus, Story, StoryEvent } from '$lib/story/schema';
import type { AxisLayout } from '$lib/time/views';
import { STATUS_LABELS } from '$lib/story/labels';
import { eventDateLabel } from '$lib/time/dates';
import tokensCss from '$lib/styles/tokens.css?raw';

import { CARD_SIZE as CARD } from '$lib/seo/card';

const require = createRequire(import.meta.url);
const font = (subset: string, weight: 400 | 700 | 800) => ({
	name: 'Source Sans 3',
	data: readFileSync(
		require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`)
	),
	weight,
	style: 'normal' as const
});
// latin-ext covers the diacritics of Azerbaijani names (ə, ş, ğ…), should the story use them.
const FONTS = (['latin', 'latin-ext'] as const).flatMap((s) =>
	([400, 700, 800] as const).map((w) => font(s, w))
);

/** The light scheme's colours (the first of each light-dark pair), read from the one place they are defined. */
function lightTokens(): Map<string, string> {
	const pairs = tokensCss.matchAll(/--tl-([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})/gi);
	return new Map([...pairs].map((m) => [m[1], m[2]]));
}
const T = lightTokens();
const tok = (name: string) => {
	const v = T.get(name);
	if (!v) throw new Error(`tokens.css has no --tl-${name}`);
	return v;
};

interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: Child | Child[] };
}
type Child = Node | string;
const el = (type: string, style: Record<string, string | number>, children?: Child | Child[]) => ({
	type,
	props: { style: { display: 'flex', ...style }, children }
});

/** The story's range as a thin line, every event a tick, the given one a dot with its date. */
function axisStrip(story: Story, axis: AxisLayout, activeId: string | null): Node {
	const active = activeId ? axis.marks.find((m) => m.id === activeId) : undefined;
	const years = axis.ticks.filter((t) => t.wide[0] && t.x[0] >= 0 && t.x[0] <= 100);
	const marks: Node[] = axis.marks.map((m) =>
		el('div', {
			position: 'absolute',
			left: `${m.x[0]}%`,
			top: 14,
			width: 3,
			height: 20,
			background: m.id === activeId ? tok('accent') : tok('rule')
		})
	);
	const dot: Node[] = active
		? [
				el('div', {
					position: 'absolute',
					left: `${active.x[0]}%`,
					top: 8,
					width: 32,
					height: 32,
					marginLeft: -15,
					borderRadius: '50%',
					background: tok('accent'),
					border: `5px solid ${tok('paper')}`
				})
			]
		: [];
	return el('div', { flexDirection: 'column', width: '100%' }, [
		el('div', { position: 'relative', width: '100%', height: 48 }, [
			el('div', {
				position: 'absolute',
				left: 0,
				right: 0,
				top: 23,
				height: 2,
				background: tok('ink-faint')
			}),
			...marks,
			...dot
		]),
		el(
			'div',
			{ position: 'relative', width: '100%', height: 32 },
			years.map((t) =>
				el(
					'div',
					{
						position: 'absolute',
						left: `${t.x[0]}%`,
						width: 80,
						marginLeft: -40,
						justifyContent: 'center',
						fontSize: 24,
						fontWeight: 700,
						color: tok('ink-soft')
					},
					String(t.year)
				)
			)
		)
	]);
}

function frame(story: Story, axis: AxisLayout, activeId: string | null, body: Child[]): Node {
	return el(
		'div',
		{
			width: CARD.width,
			height: CARD.height,
			boxSizing: 'border-box',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '56px 72px 48px',
			background: tok('paper'),
			color: tok('ink'),
			fontFamily: 'Source Sans 3',
			borderTop: `14px solid ${tok('accent')}`
		},
		[
			el('div', { flexDirection: 'column' }, [
				el(
					'div',
					{
						fontSize: 26,
						fontWeight: 800,
						letterSpacing: 2,
						textTransform: 'uppercase',
						color: tok('accent')
					},
					`${story.title} · a sourced timeline`
				),
				...body
			]),
			axisStrip(story, axis, activeId)
		]
	);
}

function badge(status: ClaimStatus): Node {
	const colour = tok(`status-${status}`);
	return el(
		'div',
		{
			alignSelf: 'flex-start',
			marginTop: 28,
			padding: '6px 18px',
			border: `3px solid ${colour}`,
			borderRadius: 8,
			color: colour,
			fontSize: 28,
			fontWeight: 700
		},
		STATUS_LABELS[status]
	);
}

/** Shrinks long titles so three lines always fit. */
const titleSize = (title: string) => (title.length > 70 ? 52 : title.length > 45 ? 60 : 68);

export function eventCardTree(story: Story, axis: AxisLayout, event: StoryEvent): Node {
	return frame(story, axis, event.id, [
		el(
			'div',
			{ marginTop: 36, fontSize: 36, fontWeight: 700, color: tok('ink-soft') },
			eventDateLabel(event)
		),
		el(
			'div',
			{ marginTop: 8, fontSize: titleSize(event.title), fontWeight: 800, lineHeight: 1.1 },
			event.title
		),
		badge(event.claims[0].status)
	]);
}

export function storyCardTree(story: Story, axis: AxisLayout): Node {
	return frame(story, axis, null, [
		el('div', { marginTop: 40, fontSize: 76, fontWeight: 800, lineHeight: 1.05 }, story.title),
		el(
			'div',
			{ marginTop: 20, fontSize: 34, lineHeight: 1.3, color: tok('ink-soft') },
			story.subtitle
		)
	]);
}

/** The card as PNG bytes. */
export async function renderCard(tree: Node): Promise<Uint8Array<ArrayBuffer>> {
	// satori types its input as a ReactNode; our plain objects are what JSX would produce.
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
		...CARD,
		fonts: FONTS
	});
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
	// A copy on its own ArrayBuffer: what a Response body accepts.
	return new Uint8Array(png);
}
