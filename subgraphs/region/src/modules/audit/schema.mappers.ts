import type { Connection } from '#kit/db';
import type { AuditEntryRow } from '#kit/write';

// The row each GraphQL type resolves from (read by codegen.ts); AuditEntry is the kit's type.
export type AuditEntryMapper = AuditEntryRow;
export type AuditEntryConnectionMapper = Connection<AuditEntryRow>;
