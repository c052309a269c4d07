import { isUuid } from '#kit/db';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { addActionPlanItem, addRegionCommitment, updateActionPlanItemStatus, updateRegionCommitmentStatus } from './commands.js';
import { computeProgress, toCommitment } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    regionCommitmentFollowUp: (_parent, { commitmentId }, { loaders }) => loaders.partnership.regionCommitmentById.load(commitmentId),
  },
  Mutation: {
    updateRegionCommitmentStatus: (_parent, { input }, context) => updateRegionCommitmentStatus(context, input),
    updateActionPlanItemStatus: (_parent, { input }, context) => updateActionPlanItemStatus(context, input),
    addRegionCommitment: (_parent, { input, idempotencyKey }, context) => addRegionCommitment(context, input, idempotencyKey),
    addActionPlanItem: (_parent, { input, idempotencyKey }, context) => addActionPlanItem(context, input, idempotencyKey),
  },
  Partnership: {
    // The ministry owns the partnership; a convention this region did not sign simply has
    // nothing on the region's side (empty lists), so any well-formed id resolves, without SQL.
    __resolveReference: (reference) => (isUuid(reference.id) ? { ...reference, id: reference.id.toLowerCase() } : null),
    regionCommitments: async ({ id }, _args, { loaders }) => (await loaders.partnership.regionCommitments.load(id)).map(toCommitment),
    regionCommitmentFollowUps: ({ id }, _args, { loaders }) => loaders.partnership.regionCommitments.load(id),
    regionCommitmentFigures: ({ id }, _args, { loaders }) => loaders.partnership.regionCommitmentFigures.load(id),
    actionPlan: ({ id }, _args, { loaders }) => loaders.partnership.actionPlan.load(id),
    documentsProvided: ({ id }, _args, { loaders }) => loaders.document.byPartnership.load(id),
    trainingSessions: ({ id }, args, { loaders }) => loaders.trainingSession.ofPartnership(id, args),
    progress: async ({ id, ministryCommitments }, _args, { loaders }) => {
      const [commitments, plan] = await Promise.all([
        loaders.partnership.regionCommitments.load(id),
        loaders.partnership.actionPlan.load(id),
      ]);
      return computeProgress(
        commitments.map((row) => row.status),
        (ministryCommitments ?? []).map((commitment) => commitment.status),
        plan.map((row) => row.status),
      );
    },
  },
  ActionPlanItem: {
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    history: ({ id }, _args, { loaders }) => loaders.partnership.actionPlanItemProgress.load(id),
  },
  RegionCommitmentFollowUp: {
    commitment: toCommitment,
    partnership: ({ partnershipId }) => ({ id: partnershipId }),
    history: ({ id }, _args, { loaders }) => loaders.partnership.regionCommitmentProgress.load(id),
  },
  RegionProgressEntry: {
    on: ({ effectiveOn }) => effectiveOn,
  },
};
