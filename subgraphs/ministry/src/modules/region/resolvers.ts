import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Region: {
    // The region subgraph owns Region; any code is a valid reference here (unknown codes simply
    // have no programmes, missions or conventions).
    __resolveReference: ({ code }) => ({ code }),
    programmes: ({ code }, args, { loaders }) => loaders.region.programmes(code, args),
    // Experts are not public: the public sees a region with no missions rather than an error.
    expertAssignments: ({ code }, args, { loaders, identity }) =>
      identity.role === 'public' ? toConnection([], toPage(args), async () => 0) : loaders.expert.assignmentsOfRegion(code, args),
    partnership: async ({ code }, _args, { loaders }) => (await loaders.partnership.byRegion.load(code))[0] ?? null,
    partnerships: ({ code }, _args, { loaders }) => loaders.partnership.byRegion.load(code),
    adoptedPractices: ({ code }, args, { loaders }) => loaders.region.adoptedPractices(code, args),
  },
};

export const regionModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
