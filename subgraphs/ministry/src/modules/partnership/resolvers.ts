import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { countPartnerships, listPartnerships } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    partnerships: async (_parent, { first, after, filter }, { db, loaders }) => {
      const page = toPage({ first, after });
      const rows = await listPartnerships(db, filter, page);
      for (const row of rows) loaders.partnership.byId.prime(row.id, row);
      return toConnection(rows, page, () => countPartnerships(db, filter));
    },
    partnership: (_parent, { id }, { loaders }) => loaders.partnership.byId.load(id),
  },
  Partnership: {
    __resolveReference: ({ id }, { loaders }) => loaders.partnership.byId.load(id),
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    summary: ({ summaryFr, summaryAr }) => (summaryFr ? { fr: summaryFr, ar: summaryAr } : null),
    region: ({ regionCode }) => ({ code: regionCode }),
    signatories: ({ id }, _args, { loaders }) => loaders.partnership.signatories.load(id),
    ministryCommitments: ({ id }, _args, { loaders }) => loaders.partnership.ministryCommitments.load(id),
  },
  Signatory: {
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
  },
  // Ministry commitments only: the region subgraph resolves the commitments it stores.
  Commitment: {
    party: () => 'MINISTRY',
    description: ({ descriptionFr, descriptionAr }) => ({ fr: descriptionFr, ar: descriptionAr }),
  },
};

export const partnershipModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
