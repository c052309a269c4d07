import type { Resolvers } from '../../generated/resolvers-types.js';
import { addMinistryCommitment, updateMinistryCommitmentStatus } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    ministryCommitmentFollowUp: (_parent, { commitmentId }, { loaders }) => loaders.ministryCommitment.byId.load(commitmentId),
  },
  Mutation: {
    updateMinistryCommitmentStatus: (_parent, { input }, context) => updateMinistryCommitmentStatus(context, input),
    addMinistryCommitment: (_parent, { input, idempotencyKey }, context) => addMinistryCommitment(context, input, idempotencyKey),
  },
  Partnership: {
    ministryCommitmentFollowUps: ({ id }, _args, { loaders }) => loaders.ministryCommitment.ofPartnership.load(id),
    ministryCommitmentFigures: ({ id }, _args, { loaders }) => loaders.ministryCommitment.figures.load(id),
  },
  // Ministry commitments only: the region subgraph resolves the commitments it stores.
  Commitment: {
    party: () => 'MINISTRY',
    description: ({ descriptionFr, descriptionAr }) => ({ fr: descriptionFr, ar: descriptionAr }),
  },
  // The parent is the commitment row itself: the follow-up is a ministry-only view of it.
  MinistryCommitmentFollowUp: {
    commitment: (row) => row,
    partnership: async ({ partnershipId }, _args, { loaders }) => {
      const partnership = await loaders.partnership.byId.load(partnershipId);
      if (!partnership) throw new Error(`partnership ${partnershipId} of a commitment is missing`);
      return partnership;
    },
    history: ({ id }, _args, { loaders }) => loaders.ministryCommitment.history.load(id),
  },
  MinistryCommitmentProgressEntry: {
    on: ({ effectiveOn }) => effectiveOn,
  },
};
