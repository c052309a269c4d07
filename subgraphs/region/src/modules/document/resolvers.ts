import type { Resolvers } from '../../generated/resolvers-types.js';
import { addDocumentVersion, createDocument, publishDocument } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    documents: (_parent, args, { loaders }) => loaders.document.list(args),
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
    file: ({ id }, _args, { loaders }) => loaders.document.fileOf.load(id),
  },
  DocumentFile: {
    downloadUrl: ({ documentId }) => `/files/documents/${documentId}`,
  },
};
