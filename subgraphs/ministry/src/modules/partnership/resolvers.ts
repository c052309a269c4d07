import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    partnerships: (_parent, args, { loaders }) => loaders.partnership.list(args),
    partnership: (_parent, { id }, { loaders }) => loaders.partnership.byId.load(id),
  },
  Partnership: {
    __resolveReference: ({ id }, { loaders }) => loaders.partnership.byId.load(id),
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    summary: ({ summaryFr, summaryAr }) => (summaryFr ? { fr: summaryFr, ar: summaryAr } : null),
    region: ({ regionCode }) => ({ code: regionCode }),
    signatories: ({ id }, _args, { loaders }) => loaders.partnership.signatories.load(id),
    ministryCommitments: ({ id }, _args, { loaders }) => loaders.ministryCommitment.ofPartnership.load(id),
  },
  Signatory: {
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
  },
};
