import type { AuditEntryRow, Connection } from '#kit';

// The audit log's query lives in the kit (auditLogConnection); codegen needs the connection's
// row type by a path it can import, hence this alias.
export type AuditEntryConnectionModel = Connection<AuditEntryRow>;
