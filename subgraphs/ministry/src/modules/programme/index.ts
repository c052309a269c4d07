import { defineModule } from '#kit/module';
import { programmeRows } from './access.js';
import { resolvers } from './resolvers.js';
import { programmeLoaders } from './store.js';

/** The ministry's programmes and the regions enrolled in them. */
export const programmeModule = defineModule({
  name: 'programme',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: programmeLoaders,
  owns: [programmeRows],
});
