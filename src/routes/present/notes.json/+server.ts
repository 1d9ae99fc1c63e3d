import { json } from '@sveltejs/kit';
import story from 'virtual:story';
import { teachingNotes } from '$lib/present/notes';
import { buildSlides } from '$lib/present/slides';

export const prerender = true;

export const GET = () => json(teachingNotes(story, buildSlides(story)));
