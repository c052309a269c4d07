import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { countDocuments, listDocuments } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    documents: async (_parent, { first, after, filter }, { db }) => {
      const page = toPage({ first, after });
      return toConnection(await listDocuments(db, filter, page), page, () => countDocuments(db, filter));
    },
    document: (_parent, { id }, { loaders }) => loaders.document.byId.load(id),
  },
  Document: {
    __resolveReference: ({ id }, { loaders }) => loaders.document.byId.load(id),
    region: async ({ regionCode }, _args, { loaders }) => (await loaders.region.byCode.load(regionCode))!,
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    partnership: ({ partnershipId }) => (partnershipId ? { id: partnershipId } : null),
  },
};

export const documentModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
