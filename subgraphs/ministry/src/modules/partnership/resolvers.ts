import type { Resolvers } from '../../generated/resolvers-types.js';
import { registerPartnership } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    partnerships: (_parent, args, { loaders }) => loaders.partnership.list(args),
    partnership: (_parent, { id }, { loaders }) => loaders.partnership.byId.load(id),
  },
  Mutation: {
    registerPartnership: (_parent, { input, idempotencyKey }, context) => registerPartnership(context, input, idempotencyKey),
  },
  Partnership: {
    __resolveReference: ({ id }, { loaders }) => loaders.partnership.byId.load(id),
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    summary: ({ summaryFr, summaryAr }) => (summaryFr ? { fr: summaryFr, ar: summaryAr } : null),
    region: ({ regionCode }) => ({ code: regionCode }),
    // What is stored is what the source gives: a month (`2018-04`) or, for later ones, a day.
    signedOn: ({ signedIn }) => (/^\d{4}-\d{2}-\d{2}$/.test(signedIn) ? signedIn : null),
    signedMonth: ({ signedIn }) => signedIn.slice(0, 7),
    signingPlace: ({ signedAt }) => signedAt,
    signatories: ({ id }, _args, { loaders }) => loaders.partnership.signatories.load(id),
    ministryCommitments: ({ id }, _args, { loaders }) => loaders.ministryCommitment.ofPartnership.load(id),
  },
  Signatory: {
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
  },
};
