import { defineModule } from '#kit/module';
import { enrollmentRows, trainingSessionRows } from './access.js';
import { resolvers } from './resolvers.js';
import { trainingSessionLoaders } from './store.js';

/** Training sessions the region organises for its staff, and who is enrolled in them. */
export const trainingSessionModule = defineModule({
  name: 'trainingSession',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: trainingSessionLoaders,
  owns: [trainingSessionRows, enrollmentRows],
});
