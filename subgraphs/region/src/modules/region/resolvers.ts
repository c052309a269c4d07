import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { countRegions, listRegions } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    regions: async (_parent, { first, after, filter }, { db }) => {
      const page = toPage({ first, after });
      return toConnection(await listRegions(db, filter, page), page, () => countRegions(db, filter));
    },
    region: (_parent, { code }, { loaders }) => loaders.region.byCode.load(code),
  },
  Region: {
    __resolveReference: ({ code }, { loaders }) => loaders.region.byCode.load(code),
    name: ({ nameFr, nameAr }) => ({ fr: nameFr, ar: nameAr }),
    documents: ({ code }, args, { loaders }) => loaders.document.ofRegion(code, args),
    staffMembers: ({ code }, args, { loaders }) => loaders.staffMember.ofRegion(code, args),
    trainingSessions: ({ code }, args, { loaders }) => loaders.trainingSession.ofRegion(code, args),
    procedures: ({ code }, args, { loaders }) => loaders.procedure.ofRegion(code, args),
  },
};

export const regionModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
