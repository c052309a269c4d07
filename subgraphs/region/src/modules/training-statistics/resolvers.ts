import { totalsAndGroups } from '#kit/db';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    trainingStatistics: (_parent, { filter, groupBy }, { loaders }) =>
      totalsAndGroups((dimensions) => loaders.trainingStatistics.compute(filter, dimensions), groupBy),
    staffTrainingCoverage: (_parent, { filter, groupBy }, { loaders }) =>
      totalsAndGroups((dimensions) => loaders.trainingStatistics.coverage(filter, dimensions), groupBy),
  },
  StaffCoverageGroup: {
    region: async ({ region }, _args, { loaders }) => (region ? loaders.region.byCode.load(region) : null),
  },
  TrainingStatisticsGroup: {
    // Another party's entity is that entity: the gateway fetches its fields from the ministry.
    programme: ({ programme }) => (programme ? { id: programme } : null),
    trainer: ({ trainer }) => (trainer ? { id: trainer } : null),
    region: async ({ region }, _args, { loaders }) => (region ? loaders.region.byCode.load(region) : null),
    theme: ({ theme }) => theme as never,
    status: ({ status }) => status as never,
  },
};
