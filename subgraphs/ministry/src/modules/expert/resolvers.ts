import { defineModule, toConnection, toPage } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { assignExpert, endExpertAssignment } from './assignment-commands.js';
import { addExpert, updateExpert } from './commands.js';
import { countExperts, expertWhere, listExperts } from './store.js';

export const resolvers: Resolvers = {
  Query: {
    experts: async (_parent, { first, after, filter }, { db, loaders }) => {
      const page = toPage({ first, after });
      const where = expertWhere(db, filter);
      const rows = await listExperts(db, where, page);
      for (const row of rows) loaders.expert.byId.prime(row.id, row);
      return toConnection(rows, page, () => countExperts(db, where));
    },
    expert: (_parent, { id }, { loaders }) => loaders.expert.byId.load(id),
  },
  Mutation: {
    addExpert: (_parent, { input, idempotencyKey }, context) => addExpert(context, input, idempotencyKey),
    updateExpert: (_parent, { input }, context) => updateExpert(context, input),
    assignExpert: (_parent, { input, idempotencyKey }, context) => assignExpert(context, input, idempotencyKey),
    endExpertAssignment: (_parent, { input }, context) => endExpertAssignment(context, input),
  },
  Expert: {
    __resolveReference: ({ id }, { loaders }) => loaders.expert.byId.load(id),
    assignments: ({ id }, args, { loaders }) => loaders.expert.assignmentsOfExpert(id, args),
  },
  ExpertAssignment: {
    expert: async ({ expertId }, _args, { loaders }) => {
      const expert = await loaders.expert.byId.load(expertId);
      if (!expert) throw new Error(`expert ${expertId} of an assignment is missing`);
      return expert;
    },
    region: ({ regionCode }) => ({ code: regionCode }),
    mission: ({ missionFr, missionAr }) => ({ fr: missionFr, ar: missionAr }),
  },
};

export const expertModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
