import { totalsAndGroups } from '#kit/db';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { publishBestPractice, recordBestPracticeAdoption } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    bestPractices: (_parent, args, { loaders }) => loaders.bestPractice.list(args),
    bestPractice: (_parent, { id }, { loaders }) => loaders.bestPractice.byId.load(id),
    adoptionStatistics: (_parent, { groupBy }, { loaders }) => totalsAndGroups((dimensions) => loaders.bestPractice.statistics(dimensions), groupBy),
    practiceApplicationStatistics: (_parent, { filter, groupBy }, { loaders }) =>
      totalsAndGroups((dimensions) => loaders.bestPractice.applicationStatistics(filter?.regionCode, dimensions), groupBy),
  },
  AdoptionStatisticsGroup: {
    region: ({ region }) => (region ? { code: region } : null),
    theme: ({ theme }) => theme as never,
  },
  PracticeApplicationStatisticsGroup: {
    region: ({ region }) => (region ? { code: region } : null),
    theme: ({ theme }) => theme as never,
    practice: ({ practice }, _args, { loaders }) => (practice ? loaders.bestPractice.byId.load(practice) : null),
  },
  Mutation: {
    publishBestPractice: (_parent, { input, idempotencyKey }, context) => publishBestPractice(context, input, idempotencyKey),
    recordBestPracticeAdoption: (_parent, { input, idempotencyKey }, context) => recordBestPracticeAdoption(context, input, idempotencyKey),
  },
  BestPractice: {
    __resolveReference: ({ id }, { loaders }) => loaders.bestPractice.byId.load(id),
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    summary: ({ summaryFr, summaryAr }) => ({ fr: summaryFr, ar: summaryAr }),
    programme: ({ programmeId }, _args, { loaders }) => (programmeId ? loaders.programme.byId.load(programmeId) : null),
    adoptions: ({ id }, _args, { loaders }) => loaders.bestPractice.adoptions.load(id),
  },
  BestPracticeAdoption: {
    bestPractice: async ({ bestPracticeId }, _args, { loaders }) => {
      const practice = await loaders.bestPractice.byId.load(bestPracticeId);
      if (!practice) throw new Error(`best practice ${bestPracticeId} of an adoption is missing`);
      return practice;
    },
    region: ({ regionCode }) => ({ code: regionCode }),
  },
};
