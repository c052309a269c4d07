import { auditLogConnection } from '#kit/write';
import type { Resolvers } from '../../generated/resolvers-types.js';

// The audit log's table, query and redaction of personal data live in the kit (every subgraph
// keeps one); this module exposes the region's log under its own Query field.
export const resolvers: Resolvers = {
  Query: {
    regionAuditLog: (_parent, args, { db }) => auditLogConnection(db, args),
  },
};
