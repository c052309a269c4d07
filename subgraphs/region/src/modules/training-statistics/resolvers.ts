import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    trainingStatistics: async (_parent, { filter, groupBy }, { loaders }) => {
      const [totals, groups] = await Promise.all([
        loaders.trainingStatistics.compute(filter, []),
        loaders.trainingStatistics.compute(filter, groupBy ?? []),
      ]);
      return { totals: totals[0]!, groups };
    },
    staffTrainingCoverage: async (_parent, { filter, groupBy }, { loaders }) => {
      const [[totals], groups] = await Promise.all([loaders.trainingStatistics.coverage(filter, []), loaders.trainingStatistics.coverage(filter, groupBy ?? [])]);
      return { totals: totals!, groups };
    },
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
