/**
 * The places the story names, as map furniture (data/places.json): where each is
 * drawn, under which names the articles spell it, and where its coordinates come
 * from. Checked against the story: every place an event lists must be here, by its
 * name or one of its variants. Build time only.
 */
import { z } from 'zod';
import type { Story } from './schema.ts';
import type { Problem } from './validate.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug');
const text = z.string().trim().min(1, 'must not be empty');

export const PLACE_KINDS = [
	'country',
	'city',
	'town',
	'airfield',
	'building',
	'territory',
	'region',
	'corridor',
	'sea'
] as const;

export const Place = z
	.object({
		id: slug,
		name: text.describe('the name a reader sees'),
		variants: z.array(text).optional().describe('other spellings the story uses, e.g. Uvda'),
		kind: z.enum(PLACE_KINDS),
		shape: z
			.string()
			.regex(/^\d{3}$/)
			.optional()
			.describe('countries: ISO 3166 numeric code of the Natural Earth shape to highlight'),
		lat: z.number().min(-90).max(90),
		lon: z.number().min(-180).max(180),
		source: text.describe('where the coordinates come from'),
		disputed: z.boolean().optional().describe('drawn without a boundary, labelled neutrally'),
		label: z
			.enum(['left', 'right', 'below'])
			.optional()
			.describe('which side of its dot the name goes, when a neighbour needs the other side'),
		note: text.optional()
	})
	.strict();

export const Route = z
	.object({
		id: slug,
		label: text,
		from: slug.describe('place id'),
		to: slug.describe('place id'),
		theme: slug.describe('drawn for events of this theme that name either end'),
		note: text.optional()
	})
	.strict();

export const Places = z
	.object({
		$schema: z.string().optional(),
		about: text.describe('where the coordinates and shapes come from, said once on the page'),
		places: z.array(Place).min(1),
		routes: z.array(Route)
	})
	.strict();

export type Place = z.infer<typeof Place>;
export type Route = z.infer<typeof Route>;
export type Places = z.infer<typeof Places>;

export type PlacesResult =
	{ ok: true; places: Places; problems: [] } | { ok: false; places: null; problems: Problem[] };

const key = (name: string) => name.trim().toLowerCase();

/** Name or variant (case-insensitive) -> place id. */
export function placeNames(places: Places): Map<string, string> {
	const names = new Map<string, string>();
	for (const p of places.places)
		for (const n of [p.name, ...(p.variants ?? [])]) names.set(key(n), p.id);
	return names;
}

/** The ids of the places an event names, in its order, without repeats (Karabakh = Nagorno-Karabakh). */
export function eventPlaceIds(
	names: Map<string, string>,
	placeList: string[] | undefined
): string[] {
	return [...new Set((placeList ?? []).flatMap((n) => names.get(key(n)) ?? []))];
}

export function validatePlaces(
	input: unknown,
	story: Pick<Story, 'events' | 'themes'>
): PlacesResult {
	const parsed = Places.safeParse(input);
	if (!parsed.success) {
		return {
			ok: false,
			places: null,
			problems: parsed.error.issues.map((i) => ({
				path: `places.json ${i.path.join('.')}`,
				message: i.message
			}))
		};
	}
	const data = parsed.data;
	const problems: Problem[] = [];
	const ids = new Set<string>();
	const seen = new Map<string, string>();
	data.places.forEach((p, i) => {
		if (ids.has(p.id))
			problems.push({
				path: `places.json places[${i}].id`,
				message: `duplicate place id "${p.id}"`
			});
		ids.add(p.id);
		if (p.kind === 'country' && !p.shape)
			problems.push({
				path: `places.json places[${i}].shape`,
				message: 'a country needs its shape code'
			});
		for (const n of [p.name, ...(p.variants ?? [])]) {
			const other = seen.get(key(n));
			if (other && other !== p.id)
				problems.push({
					path: `places.json places[${i}]`,
					message: `the name "${n}" already belongs to "${other}"`
				});
			seen.set(key(n), p.id);
		}
	});
	const themes = new Set(story.themes.map((t) => t.id));
	data.routes.forEach((r, i) => {
		for (const end of [r.from, r.to])
			if (!ids.has(end))
				problems.push({ path: `places.json routes[${i}]`, message: `unknown place "${end}"` });
		if (!themes.has(r.theme))
			problems.push({
				path: `places.json routes[${i}].theme`,
				message: `unknown theme "${r.theme}"`
			});
	});
	story.events.forEach((e, i) =>
		(e.places ?? []).forEach((name, j) => {
			if (!seen.has(key(name)))
				problems.push({
					path: `events[${i}].places[${j}]`,
					message: `"${name}" is not in data/places.json (add it, or use its name there)`
				});
		})
	);
	return problems.length
		? { ok: false, places: null, problems }
		: { ok: true, places: data, problems: [] };
}
