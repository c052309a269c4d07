import { and, eq, sql } from 'drizzle-orm';
import { readableRows, type RowScope } from '#kit/auth';
import { type AnyDatabase, grouping, requireDateRange } from '#kit/db';
import { today } from '#kit/write';
import { expertAssignments } from '../../db/schema.js';
import type { ExpertiseStatisticsDimension, ExpertiseStatisticsFilter } from '../../generated/resolvers-types.js';
import { expertAssignmentRows } from './access.js';

/** A group of mission figures, as the SQL returns it. */
export interface ExpertiseStatisticsRow {
  region: string | null;
  theme: string | null;
  expert: string | null;
  missions: number;
  experts: number;
  expertDays: number;
}

const keys = {
  REGION: { key: 'region', column: expertAssignments.regionCode },
  THEME: { key: 'theme', column: expertAssignments.theme },
  EXPERT: { key: 'expert', column: expertAssignments.expertId },
} as const;

/**
 * Missions overlapping the period, and their expert-days within it: each mission's days from
 * the later of its start and the period's, to the earlier of its end (today while open) and the
 * period's, both included. One statement per call.
 */
export async function expertiseStatistics(
  db: AnyDatabase,
  scope: RowScope,
  filter: ExpertiseStatisticsFilter | null | undefined,
  groupBy: readonly ExpertiseStatisticsDimension[],
): Promise<ExpertiseStatisticsRow[]> {
  requireDateRange(filter?.from, filter?.to, 'filter.from', 'filter.to');
  const group = grouping(keys, groupBy);
  const from = filter?.from ?? '0001-01-01';
  const to = filter?.to ?? '9999-12-31';
  const missionEnd = sql`coalesce(${expertAssignments.endsOn}, ${today()}::date)`;
  const days = sql`greatest(0, least(${missionEnd}, ${to}::date) - greatest(${expertAssignments.startsOn}, ${from}::date) + 1)`;
  const rows = await db
    .select({
      ...group.select,
      missions: sql<number>`count(*)::int`,
      experts: sql<number>`count(distinct ${expertAssignments.expertId})::int`,
      expertDays: sql<number>`coalesce(sum(${days}), 0)::int`,
    })
    .from(expertAssignments)
    .where(and(
      filter?.regionCode != null ? eq(expertAssignments.regionCode, filter.regionCode) : undefined,
      sql`${expertAssignments.startsOn} <= ${to}::date and ${missionEnd} >= ${from}::date`,
      readableRows(expertAssignmentRows, scope),
    ))
    .groupBy(...group.groupBy)
    .orderBy(...group.orderBy);
  return rows.map((row) => ({
    ...group.keysOf(row),
    missions: row.missions, experts: row.experts, expertDays: row.expertDays,
  }));
}
