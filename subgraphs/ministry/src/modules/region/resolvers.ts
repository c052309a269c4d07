import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Region: {
    // The region subgraph owns Region; any code is a valid reference here (unknown codes simply
    // have no programmes, missions or conventions).
    __resolveReference: ({ code }) => ({ code }),
    programmes: async ({ code }, { first, after, filter }, { loaders }) => {
      const args = { page: toPage({ first, after }), filter: filter ?? null };
      const rows = await loaders.region.programmes(args).load(code);
      return toConnection(rows, args.page, () => loaders.region.programmeCount(args.filter).load(code));
    },
    expertAssignments: async ({ code }, { first, after, filter }, { loaders }) => {
      const args = { page: toPage({ first, after }), filter: filter ?? null };
      const rows = await loaders.expert.assignmentsByRegion(args).load(code);
      return toConnection(rows, args.page, () => loaders.expert.assignmentCountByRegion(args.filter).load(code));
    },
    partnership: async ({ code }, _args, { loaders }) => (await loaders.partnership.byRegion.load(code))[0] ?? null,
    partnerships: ({ code }, _args, { loaders }) => loaders.partnership.byRegion.load(code),
    adoptedPractices: async ({ code }, { first, after, filter }, { loaders }) => {
      const args = { page: toPage({ first, after }), filter: filter ?? null };
      const rows = await loaders.region.adoptedPractices(args).load(code);
      return toConnection(rows, args.page, () => loaders.region.adoptionCount(args.filter).load(code));
    },
  },
};

export const regionModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
