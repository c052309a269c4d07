import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { createProgramme, updateProgramme } from './commands.js';
import { countProgrammes, listProgrammes, programmeWhere } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    programmes: async (_parent, { first, after, filter }, { db, loaders }) => {
      const page = toPage({ first, after });
      const where = programmeWhere(db, filter);
      const rows = await listProgrammes(db, where, page);
      for (const row of rows) loaders.programme.byId.prime(row.id, row);
      return toConnection(rows, page, () => countProgrammes(db, where));
    },
    programme: (_parent, { id }, { loaders }) => loaders.programme.byId.load(id),
  },
  Mutation: {
    createProgramme: (_parent, { input, idempotencyKey }, context) => createProgramme(context, input, idempotencyKey),
    updateProgramme: (_parent, { input }, context) => updateProgramme(context, input),
  },
  Programme: {
    __resolveReference: ({ id }, { loaders }) => loaders.programme.byId.load(id),
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    regions: async ({ id }, _args, { loaders }) =>
      (await loaders.programme.regionCodes.load(id)).map((code) => ({ code })),
    bestPractices: ({ id }, args, { loaders }) => loaders.bestPractice.ofProgramme(id, args),
  },
};

export const programmeModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
