import { totalsAndGroups } from '#kit/db';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { createProcedure, recordProcedureDigitisation, updateProcedure } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    procedures: (_parent, args, { loaders }) => loaders.procedure.list(args),
    procedure: (_parent, { id }, { loaders }) => loaders.procedure.byId.load(id),
    procedureStatistics: (_parent, { filter, groupBy }, { loaders }) =>
      totalsAndGroups((dimensions) => loaders.procedure.statistics(filter, dimensions), groupBy),
  },
  Mutation: {
    recordProcedureDigitisation: (_parent, { input }, context) => recordProcedureDigitisation(context, input),
    createProcedure: (_parent, { input, idempotencyKey }, context) => createProcedure(context, input, idempotencyKey),
    updateProcedure: (_parent, { input }, context) => updateProcedure(context, input),
  },
  Procedure: {
    __resolveReference: ({ id }, { loaders }) => loaders.procedure.byId.load(id),
    region: async ({ regionCode }, _args, { loaders }) => (await loaders.region.byCode.load(regionCode))!,
    name: ({ nameFr, nameAr }) => ({ fr: nameFr, ar: nameAr }),
    citizenNeed: ({ citizenNeedFr, citizenNeedAr }) => (citizenNeedFr ? { fr: citizenNeedFr, ar: citizenNeedAr } : null),
    digitisationHistory: ({ id }, _args, { loaders }) => loaders.procedure.digitisationHistory.load(id),
  },
  ProcedureStatisticsGroup: {
    region: async ({ region }, _args, { loaders }) => (region ? loaders.region.byCode.load(region) : null),
    theme: ({ theme }) => theme as never,
    digitisation: ({ digitisation }) => digitisation as never,
  },
  ProcedureDigitisationEntry: {
    on: ({ effectiveOn }) => effectiveOn,
  },
};
