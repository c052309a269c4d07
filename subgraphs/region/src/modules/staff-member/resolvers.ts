import type { Resolvers } from '../../generated/resolvers-types.js';
import { createStaffMember, updateStaffMember } from './commands.js';

export const resolvers: Resolvers = {
  Query: {
    staffMembers: (_parent, args, { loaders }) => loaders.staffMember.list(args),
    staffMember: (_parent, { id }, { loaders }) => loaders.staffMember.byId.load(id),
    staffFacets: (_parent, { regionCode }, { loaders }) => loaders.staffMember.facets(regionCode),
  },
  Mutation: {
    createStaffMember: (_parent, { input, idempotencyKey }, context) => createStaffMember(context, input, idempotencyKey),
    updateStaffMember: (_parent, { input }, context) => updateStaffMember(context, input),
  },
  StaffMember: {
    __resolveReference: ({ id }, { loaders }) => loaders.staffMember.byId.load(id),
    region: async ({ regionCode }, _args, { loaders }) => (await loaders.region.byCode.load(regionCode))!,
    // Personal data: gated and audited by @personalData in the SDL.
    contact: ({ email, phone }) => (email || phone ? { email, phone } : null),
    enrollments: ({ id }, args, { loaders }) => loaders.trainingSession.enrollmentsOfStaff(id, args),
  },
};
