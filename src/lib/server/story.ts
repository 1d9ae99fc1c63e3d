/**
 * The validated story and everything derived from it, computed once per build
 * rather than once per prerendered page. Server-only ($lib/server): loads pass
 * these down as data.
 */
import story from 'virtual:story';
import places from 'virtual:places';
import topology from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { buildIndex } from '$lib/story/indexes';
import { eventPlaceIds, placeNames } from '$lib/story/places';
import { axisLayout } from '$lib/time/scale';
import { mapLayout, mapSprite } from '$lib/server/map';
import { graphicData } from '$lib/timeline/graphic-data';
import { withoutTeachingNotes } from '$lib/present/notes';
import { clientStory } from '$lib/story/client';

export { story };
export const index = buildIndex(story);
export const axis = axisLayout(story);
/** The browser's slice of the story: what moves, not what is read. */
export const client = clientStory(story, index);

/** What the sticky graphic draws: axis, map and a few facts per event, no more. */
const names = placeNames(places);
const { shapes, ...map } = mapLayout(places, topology as unknown as Topology);
export const graphic = graphicData(story, axis, map, (list) => eventPlaceIds(names, list));
/** The country shapes, served once as a static file (src/routes/map.svg). */
export const sprite = mapSprite({ ...map, shapes });

/** What a projector's page gets: the story without the teaching notes. */
export const audience = withoutTeachingNotes(story);
export const audienceIndex = buildIndex(audience);
