import { totalsAndGroups } from '#kit/db';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { assignExpert, endExpertAssignment } from './assignment-commands.js';
import { bookExpert, releaseExpertBooking } from './booking-commands.js';
import { addExpert, updateExpert } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    experts: (_parent, args, { loaders }) => loaders.expert.list(args),
    expert: (_parent, { id }, { loaders }) => loaders.expert.byId.load(id),
    expertiseStatistics: (_parent, { filter, groupBy }, { loaders }) =>
      totalsAndGroups((dimensions) => loaders.expert.statistics(filter, dimensions), groupBy),
  },
  ExpertiseStatisticsGroup: {
    region: ({ region }) => (region ? { code: region } : null),
    expert: async ({ expert }, _args, { loaders }) => (expert ? loaders.expert.byId.load(expert) : null),
    theme: ({ theme }) => theme as never,
  },
  Mutation: {
    addExpert: (_parent, { input, idempotencyKey }, context) => addExpert(context, input, idempotencyKey),
    updateExpert: (_parent, { input }, context) => updateExpert(context, input),
    assignExpert: (_parent, { input, idempotencyKey }, context) => assignExpert(context, input, idempotencyKey),
    endExpertAssignment: (_parent, { input }, context) => endExpertAssignment(context, input),
    bookExpert: (_parent, { input }, context) => bookExpert(context, input),
    releaseExpertBooking: (_parent, { sessionId }, context) => releaseExpertBooking(context, sessionId),
  },
  Expert: {
    __resolveReference: ({ id }, { loaders }) => loaders.expert.byId.load(id),
    assignments: ({ id }, args, { loaders }) => loaders.expert.assignmentsOfExpert(id, args),
  },
  ExpertAssignment: {
    expert: async ({ expertId }, _args, { loaders }) => {
      const expert = await loaders.expert.byId.load(expertId);
      if (!expert) throw new Error(`expert ${expertId} of an assignment is missing`);
      return expert;
    },
    region: ({ regionCode }) => ({ code: regionCode }),
    mission: ({ missionFr, missionAr }) => ({ fr: missionFr, ar: missionAr }),
  },
};
