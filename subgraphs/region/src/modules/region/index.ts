import { defineModule } from '#kit/module';
import { resolvers } from './resolvers.js';
import { regionLoaders } from './store.js';

/** The 12 regions (reference data) and everything the region subgraph hangs off them. */
export const regionModule = defineModule({
  name: 'region',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: regionLoaders,
});
