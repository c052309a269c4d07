import { auditLogConnection, defineModule } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    regionAuditLog: (_parent, args, { db }) => auditLogConnection(db, args),
  },
};

export const auditLogModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
