import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { recordProcedureDigitisation } from './commands.js';
import { countProcedures, listProcedures } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    procedures: async (_parent, { first, after, filter }, { db }) => {
      const page = toPage({ first, after });
      return toConnection(await listProcedures(db, filter, page), page, () => countProcedures(db, filter));
    },
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

export const procedureModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
