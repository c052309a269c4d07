import { defineModule } from '#kit/module';
import { ministryCommitmentHistoryRows, ministryCommitmentRows } from './access.js';
import { resolvers } from './resolvers.js';
import { ministryCommitmentLoaders } from './store.js';

/** The ministry's follow-up of its own commitments: their status, version and dated history. */
export const ministryCommitmentModule = defineModule({
  name: 'ministryCommitment',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: ministryCommitmentLoaders,
  owns: [ministryCommitmentRows, ministryCommitmentHistoryRows],
});
