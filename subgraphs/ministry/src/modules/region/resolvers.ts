import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Region: {
    // The region subgraph owns Region; any code is a valid reference here (unknown codes simply
    // have no programmes, missions or conventions).
    __resolveReference: ({ code }) => ({ code }),
    programmes: ({ code }, args, { loaders }) => loaders.region.programmes(code, args),
    // Experts are not public: the missions' read rule gives the public an empty list, not an error.
    expertAssignments: ({ code }, args, { loaders }) => loaders.expert.assignmentsOfRegion(code, args),
    partnership: async ({ code }, _args, { loaders }) => (await loaders.partnership.byRegion.load(code))[0] ?? null,
    partnerships: ({ code }, _args, { loaders }) => loaders.partnership.byRegion.load(code),
    adoptedPractices: ({ code }, args, { loaders }) => loaders.region.adoptedPractices(code, args),
  },
};
