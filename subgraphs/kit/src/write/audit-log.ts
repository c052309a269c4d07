import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { badUserInput } from '../errors.js';
import { toConnection, toPage, type Connection, type PageArgs } from '../pagination.js';
import { countRows, selectPage, type AnyDatabase } from '../queries.js';
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
  const page = toPage(args);
  const where = matching(args.filter);
  const rows = await selectPage(db, auditLog, { where, orderBy: [desc(auditLog.id)], page });
  return toConnection(rows, page, () => countRows(db, auditLog, where));
}
