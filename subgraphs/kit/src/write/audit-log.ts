import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import { mayReadPersonalData, type Identity, type OwnedEntity } from '../auth/index.js';
import { descending, listConnection, type AnyDatabase, type Connection, type PageArgs } from '../db/index.js';
import { badUserInput } from '../errors/index.js';
import { auditLog } from './tables.js';

export type AuditEntryRow = typeof auditLog.$inferSelect;

export interface AuditLogFilter {
  targetType?: string | null;
  targetId?: string | null;
  actor?: string | null;
  operation?: string | null;
  from?: Date | string | null;
  to?: Date | string | null;
}

function matching(filter: AuditLogFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const from = filter.from ? new Date(filter.from) : undefined;
  const to = filter.to ? new Date(filter.to) : undefined;
  if (from && to && from > to) {
    throw badUserInput('`filter.from` must not be after `filter.to`; swap them or widen the range.', 'filter.from');
  }
  return and(
    filter.targetType ? eq(auditLog.targetType, filter.targetType) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
    filter.actor ? eq(auditLog.actor, filter.actor) : undefined,
    filter.operation ? eq(auditLog.operation, filter.operation) : undefined,
    from ? gte(auditLog.occurredAt, from) : undefined,
    to ? lte(auditLog.occurredAt, to) : undefined,
  );
}

/** A subgraph's audit log, newest first, for its `…AuditLog` Query field. */
export async function auditLogConnection(
  db: AnyDatabase,
  args: PageArgs & { filter?: AuditLogFilter | null },
): Promise<Connection<AuditEntryRow>> {
  return listConnection(db, auditLog, { where: matching(args.filter), orderBy: [descending(auditLog.id)] }, args);
}

export const PERSONAL_DATA_HIDDEN = '[personal data: hidden]';

/**
 * An audit entry's `before`/`after` as this caller may see it: properties the target's owning
 * module declares personal (a staff member's e-mail and phone) obey the same rule as on the row
 * itself, so the audit trail never hands out what the data would not.
 */
export function auditedRowFor(
  value: unknown,
  owner: OwnedEntity | undefined,
  identity: Identity,
): unknown {
  const personal = owner?.personalData;
  if (!personal?.length || value === null || typeof value !== 'object') return value;
  const row = value as Record<string, unknown>;
  if (mayReadPersonalData(identity, row.regionCode)) return value;
  return Object.fromEntries(Object.entries(row).map(([key, field]) => [key, personal.includes(key) && field != null ? PERSONAL_DATA_HIDDEN : field]));
}
