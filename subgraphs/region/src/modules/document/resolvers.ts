import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { addDocumentVersion, createDocument, publishDocument } from './commands.js';
import { countDocuments, listDocuments } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    documents: async (_parent, { first, after, filter }, { db, scope }) => {
      const page = toPage({ first, after });
      return toConnection(await listDocuments(db, scope, filter, page), page, () => countDocuments(db, scope, filter));
    },
    document: (_parent, { id }, { loaders }) => loaders.document.byId.load(id),
  },
  Mutation: {
    createDocument: (_parent, { input, idempotencyKey }, context) => createDocument(context, input, idempotencyKey),
    addDocumentVersion: (_parent, { input, idempotencyKey }, context) => addDocumentVersion(context, input, idempotencyKey),
    publishDocument: (_parent, { input }, context) => publishDocument(context, input),
  },
  Document: {
    __resolveReference: ({ id }, { loaders }) => loaders.document.byId.load(id),
    region: async ({ regionCode }, _args, { loaders }) => (await loaders.region.byCode.load(regionCode))!,
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    partnership: ({ partnershipId }) => (partnershipId ? { id: partnershipId } : null),
    versions: ({ lineageId }, _args, { loaders }) => loaders.document.versionsOf.load(lineageId),
  },
};

export const documentModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
