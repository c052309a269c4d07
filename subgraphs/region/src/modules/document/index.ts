import { defineModule } from '#kit/module';
import { documentRows } from './access.js';
import { documentFileRoutes } from './file-routes.js';
import { resolvers } from './resolvers.js';
import { documentLoaders } from './store.js';

/** The reference documents the region provides, version by version, with their files. */
export const documentModule = defineModule({
  name: 'document',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: documentLoaders,
  owns: [documentRows],
  routes: documentFileRoutes,
});
