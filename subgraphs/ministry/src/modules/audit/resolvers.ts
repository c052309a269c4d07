import { auditLogConnection, defineModule } from '#kit';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    ministryAuditLog: (_parent, args, { db }) => auditLogConnection(db, args),
  },
  AuditEntry: {
    id: ({ id }) => String(id),
  },
};

export const auditModule = defineModule(new URL('./schema.graphql', import.meta.url), resolvers);
