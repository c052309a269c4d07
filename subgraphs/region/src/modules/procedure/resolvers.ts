import type { Resolvers } from '../../generated/resolvers-types.js';
import { recordProcedureDigitisation } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    procedures: (_parent, args, { loaders }) => loaders.procedure.list(args),
    procedure: (_parent, { id }, { loaders }) => loaders.procedure.byId.load(id),
  },
  Mutation: {
    recordProcedureDigitisation: (_parent, { input }, context) => recordProcedureDigitisation(context, input),
  },
  Procedure: {
    __resolveReference: ({ id }, { loaders }) => loaders.procedure.byId.load(id),
    region: async ({ regionCode }, _args, { loaders }) => (await loaders.region.byCode.load(regionCode))!,
    name: ({ nameFr, nameAr }) => ({ fr: nameFr, ar: nameAr }),
    citizenNeed: ({ citizenNeedFr, citizenNeedAr }) => (citizenNeedFr ? { fr: citizenNeedFr, ar: citizenNeedAr } : null),
    digitisationHistory: ({ id }, _args, { loaders }) => loaders.procedure.digitisationHistory.load(id),
  },
  ProcedureDigitisationEntry: {
    on: ({ effectiveOn }) => effectiveOn,
  },
};
