import type { ApolloServerPlugin } from '@apollo/server';
import type { PersonalDataRead } from '../auth/index.js';
import type { AnyDatabase } from '../db/index.js';
import { auditLog } from './tables.js';

interface AuditingContext {
  db: AnyDatabase;
  actor: string;
  requestId: string;
  personalDataReads: PersonalDataRead[];
}

/** Every personal-data read of the request, written to the audit log in one insert. */
export const personalDataAuditPlugin: ApolloServerPlugin<AuditingContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        const reads = contextValue.personalDataReads;
        if (reads.length === 0) return;
        const rows = reads.splice(0).map((read) => ({
          actor: contextValue.actor,
          requestId: contextValue.requestId,
          operation: read.operation,
          targetType: read.targetType,
          targetId: read.targetId,
        }));
        await contextValue.db.insert(auditLog).values(rows);
      },
    };
  },
};
