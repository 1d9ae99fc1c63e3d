import story from 'virtual:story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ story });
