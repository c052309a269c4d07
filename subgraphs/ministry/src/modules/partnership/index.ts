import { defineModule } from '#kit/module';
import { partnershipRows, signatoryRows } from './access.js';
import { resolvers } from './resolvers.js';
import { partnershipLoaders } from './store.js';

/** The framework conventions between regional councils and the ministry, and who signed them. */
export const partnershipModule = defineModule({
  name: 'partnership',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: partnershipLoaders,
  owns: [partnershipRows, signatoryRows],
});
