import { defineModule } from '#kit/module';
import { actionPlanItemRows, regionCommitmentRows } from './access.js';
import { resolvers } from './resolvers.js';
import { partnershipLoaders } from './store.js';

/** The region's side of its partnerships: its commitments, the action plan, their progress. */
export const partnershipModule = defineModule({
  name: 'partnership',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: partnershipLoaders,
  // The progress histories' read rules (access.ts) serve its loaders only: no one changes or locks them.
  owns: [regionCommitmentRows, actionPlanItemRows],
});
