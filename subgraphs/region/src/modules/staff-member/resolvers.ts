import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { createStaffMember, updateStaffMember } from './commands.js';
import { countStaffMembers, listStaffMembers } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    staffMembers: async (_parent, { first, after, filter }, { db, scope }) => {
      const page = toPage({ first, after });
      return toConnection(await listStaffMembers(db, scope, filter, page), page, () => countStaffMembers(db, scope, filter));
    },
    staffMember: (_parent, { id }, { loaders }) => loaders.staffMember.byId.load(id),
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

export const staffMemberModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
