import { officialRegionName } from '#kit/db';
import { notFound } from '#kit/errors';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Region: {
    // The region subgraph owns Region; any code is a valid reference here (unknown codes simply
    // have no programmes, missions or conventions).
    __resolveReference: ({ code }) => ({ code }),
    // The regions this subgraph names come from its rows, whose region codes its reference table
    // checks: an unknown code here is a broken reference, said as such.
    name: ({ code }) => {
      const name = officialRegionName(code);
      if (!name) throw notFound('Region', code, 'code');
      return name;
    },
    programmes: ({ code }, args, { loaders }) => loaders.region.programmes(code, args),
    // Experts are not public: the missions' read rule gives the public an empty list, not an error.
    expertAssignments: ({ code }, args, { loaders }) => loaders.expert.assignmentsOfRegion(code, args),
    partnership: async ({ code }, _args, { loaders }) => (await loaders.partnership.byRegion.load(code))[0] ?? null,
    partnerships: ({ code }, _args, { loaders }) => loaders.partnership.byRegion.load(code),
    adoptedPractices: ({ code }, args, { loaders }) => loaders.region.adoptedPractices(code, args),
  },
};
