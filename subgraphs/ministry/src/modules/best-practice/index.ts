import { defineModule } from '#kit/module';
import { bestPracticeAdoptionRows, bestPracticeRows } from './access.js';
import { resolvers } from './resolvers.js';
import { bestPracticeLoaders } from './store.js';

/** Practices the ministry documents for reuse, which regions adopted them and where they apply. */
export const bestPracticeModule = defineModule({
  name: 'bestPractice',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: bestPracticeLoaders,
  owns: [bestPracticeRows, bestPracticeAdoptionRows],
});
