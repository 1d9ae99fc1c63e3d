/** npm run schema: writes data/story.schema.json from the zod schema (a test keeps it in sync). */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../src/lib/story/schema';

writeFileSync('data/story.schema.json', JSON.stringify(storyJsonSchema(), null, '\t') + '\n');
console.log('wrote data/story.schema.json');
