import { defineModule } from '#kit/module';
import { procedureRows } from './access.js';
import { resolvers } from './resolvers.js';
import { procedureLoaders } from './store.js';

/** The administrative procedures the partnership means to simplify, and their digitisation. */
export const procedureModule = defineModule({
  name: 'procedure',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: procedureLoaders,
  owns: [procedureRows],
});
