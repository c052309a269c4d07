import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    regions: (_parent, args, { loaders }) => loaders.region.list(args),
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
