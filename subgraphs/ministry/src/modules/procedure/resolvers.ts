import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Procedure: {
    // Any id is a valid reference: the region subgraph owns Procedure, and a procedure the
    // ministry has no link for simply applies no practice.
    __resolveReference: ({ id }) => ({ id }),
    practicesApplied: ({ id }, _args, { loaders }) => loaders.bestPractice.appliedToProcedure.load(id),
  },
};
