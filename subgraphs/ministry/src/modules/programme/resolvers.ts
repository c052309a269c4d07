import type { Resolvers } from '../../generated/resolvers-types.js';
import { createProgramme, updateProgramme } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    programmes: (_parent, args, { loaders }) => loaders.programme.list(args),
    programme: (_parent, { id }, { loaders }) => loaders.programme.byId.load(id),
  },
  Mutation: {
    createProgramme: (_parent, { input, idempotencyKey }, context) => createProgramme(context, input, idempotencyKey),
    updateProgramme: (_parent, { input }, context) => updateProgramme(context, input),
  },
  Programme: {
    __resolveReference: ({ id }, { loaders }) => loaders.programme.byId.load(id),
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    regions: async ({ id }, _args, { loaders }) => (await loaders.programme.regionCodes.load(id)).map((code) => ({ code })),
    bestPractices: ({ id }, args, { loaders }) => loaders.bestPractice.ofProgramme(id, args),
  },
};
