import { defineModule } from '#kit/module';
import { resolvers } from './resolvers.js';
import { regionLoaders } from './store.js';

/** What the ministry knows about a region (owned by the region subgraph): programmes, missions, conventions, practices. */
export const regionModule = defineModule({
  name: 'region',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: regionLoaders,
});
