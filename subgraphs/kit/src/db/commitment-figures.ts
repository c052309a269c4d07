import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { anyOf, type AnyDatabase } from './queries.js';

/** How a party's commitments of one partnership stand (the kit's `CommitmentFigures`). */
export interface CommitmentFigures {
  total: number;
  planned: number;
  inProgress: number;
  done: number;
  delayed: number;
  cancelled: number;
  /** Due date passed and neither done nor cancelled. */
  overdue: number;
  /** Delayed, or overdue: the ones to chase. */
  late: number;
}

const ZERO: CommitmentFigures = { total: 0, planned: 0, inProgress: 0, done: 0, delayed: 0, cancelled: 0, overdue: 0, late: 0 };

/**
 * Both parties keep their commitments in tables of the same shape (status, due date, the
 * partnership): one GROUP BY per batch of partnerships, answered in key order.
 */
export async function commitmentFiguresOf(
  db: AnyDatabase,
  commitments: PgTable & { status: PgColumn; dueOn: PgColumn; partnershipId: PgColumn },
  partnershipIds: readonly string[],
  today: string,
): Promise<CommitmentFigures[]> {
  const open = sql`${commitments.status} not in ('DONE', 'CANCELLED')`;
  const overdue = sql`${open} and ${commitments.dueOn} < ${today}`;
  const count = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const rows = await db
    .select({
      partnershipId: commitments.partnershipId,
      total: sql<number>`count(*)::int`,
      planned: count(sql`${commitments.status} = 'PLANNED'`),
      inProgress: count(sql`${commitments.status} = 'IN_PROGRESS'`),
      done: count(sql`${commitments.status} = 'DONE'`),
      delayed: count(sql`${commitments.status} = 'DELAYED'`),
      cancelled: count(sql`${commitments.status} = 'CANCELLED'`),
      overdue: count(overdue),
      late: count(sql`${commitments.status} = 'DELAYED' or (${overdue})`),
    })
    .from(commitments)
    .where(anyOf(commitments.partnershipId, partnershipIds))
    .groupBy(commitments.partnershipId);
  const byId = new Map(rows.map(({ partnershipId, ...figures }) => [String(partnershipId), figures]));
  return partnershipIds.map((id) => byId.get(id) ?? ZERO);
}
