import { defineModule } from '#kit/module';
import { resolvers } from './resolvers.js';

/** The region's procedures, as the ministry sees them: the best practices each applies. */
export const procedureModule = defineModule({
  name: 'procedure',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
});
