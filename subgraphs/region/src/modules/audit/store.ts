import type { Connection } from '#kit';
import type { AuditEntryRow } from '../../../../kit/src/write/audit-log.js';

// The audit log's table and query live in the kit (every subgraph keeps one); this module only
// exposes the region's log under its own Query field.
export type AuditEntryConnectionModel = Connection<AuditEntryRow>;
