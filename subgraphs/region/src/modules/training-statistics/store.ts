import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { readableRows } from '#kit/auth';
import { grouping, requireDateRange, requireId } from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';
import type { StaffCoverageFilter, TrainingStatisticsDimension, TrainingStatisticsFilter } from '../../generated/resolvers-types.js';
import { staffMemberRows } from '../staff-member/access.js';
import { trainingSessionRows } from '../training-session/access.js';

/** A group's key columns and figures, as the SQL returns them. */
export interface TrainingStatisticsRow {
  region: string | null;
  year: number | null;
  quarter: number | null;
  month: number | null;
  theme: string | null;
  status: string | null;
  programme: string | null;
  trainer: string | null;
  department: string | null;
  corps: string | null;
  sessions: number;
  hours: number;
  placesOffered: number;
  placesTaken: number;
  staffTrained: number;
  attendanceRate: number | null;
  averageEvaluation: number | null;
}

// Each dimension as SQL over one session row joined to its enrollments and their staff.
const dimensions: Record<TrainingStatisticsDimension, { key: keyof TrainingStatisticsRow; sql: SQL }> = {
  REGION: { key: 'region', sql: sql`${trainingSessions.regionCode}` },
  YEAR: { key: 'year', sql: sql`extract(year from ${trainingSessions.startsOn})::int` },
  QUARTER: { key: 'quarter', sql: sql`extract(quarter from ${trainingSessions.startsOn})::int` },
  MONTH: { key: 'month', sql: sql`extract(month from ${trainingSessions.startsOn})::int` },
  THEME: { key: 'theme', sql: sql`${trainingSessions.theme}::text` },
  STATUS: { key: 'status', sql: sql`${trainingSessions.status}::text` },
  PROGRAMME: { key: 'programme', sql: sql`${trainingSessions.programmeId}::text` },
  TRAINER: { key: 'trainer', sql: sql`${trainingSessions.trainerExpertId}::text` },
  DEPARTMENT: { key: 'department', sql: sql`${staffMembers.department}` },
  CORPS: { key: 'corps', sql: sql`${staffMembers.corps}` },
};

function conditions(filter: TrainingStatisticsFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  requireDateRange(filter.from, filter.to, 'filter.from', 'filter.to');
  return and(
    filter.regionCode != null ? eq(trainingSessions.regionCode, filter.regionCode) : undefined,
    filter.from != null ? gte(trainingSessions.startsOn, filter.from) : undefined,
    filter.to != null ? lte(trainingSessions.startsOn, filter.to) : undefined,
    filter.themes != null ? inArray(trainingSessions.theme, filter.themes) : undefined,
    filter.statuses != null ? inArray(trainingSessions.status, filter.statuses) : undefined,
    filter.programmeId != null ? eq(trainingSessions.programmeId, requireId(filter.programmeId, 'filter.programmeId')) : undefined,
    filter.trainerId != null ? eq(trainingSessions.trainerExpertId, requireId(filter.trainerId, 'filter.trainerId')) : undefined,
  );
}

/** A group of staff coverage, as the SQL returns it. */
export interface StaffCoverageRow {
  region: string | null;
  department: string | null;
  corps: string | null;
  grade: string | null;
  staff: number;
  trained: number;
  coverage: number;
}

const coverageKeys = {
  REGION: { key: 'region', column: staffMembers.regionCode },
  DEPARTMENT: { key: 'department', column: staffMembers.department },
  CORPS: { key: 'corps', column: staffMembers.corps },
  GRADE: { key: 'grade', column: staffMembers.grade },
} as const;

/**
 * One statement: the sessions the caller may read, joined to their enrollments and staff; the
 * session figures are summed once per session and group (a session with participants from two
 * departments counts in both, once each), the enrollment figures over the enrollments.
 */
export function trainingStatisticsLoaders({ db, scope }: LoaderRequest<typeof dbSchema>) {
  return {
    /** Staff the caller may read, and those who attended a readable session in the period. */
    coverage: async (filter: StaffCoverageFilter | null | undefined, groupBy: readonly (keyof typeof coverageKeys)[]): Promise<StaffCoverageRow[]> => {
      requireDateRange(filter?.from, filter?.to, 'filter.from', 'filter.to');
      const group = grouping(coverageKeys, groupBy);
      // Who attended in the period, once: a hash join against the staff, not a lookup per person.
      const trained = db.$with('trained').as(
        db.selectDistinct({ staffId: enrollments.staffId }).from(enrollments)
          .innerJoin(trainingSessions, eq(trainingSessions.id, enrollments.sessionId))
          .where(and(
            eq(enrollments.attended, true),
            filter?.from ? gte(trainingSessions.startsOn, filter.from) : undefined,
            filter?.to ? lte(trainingSessions.startsOn, filter.to) : undefined,
          )),
      );
      const rows = await db
        .with(trained)
        .select({
          ...group.select,
          staff: sql<number>`count(*)::int`,
          trained: sql<number>`count(${trained.staffId})::int`,
        })
        .from(staffMembers)
        .leftJoin(trained, eq(trained.staffId, staffMembers.id))
        .where(and(filter?.regionCode != null ? eq(staffMembers.regionCode, filter.regionCode) : undefined, readableRows(staffMemberRows, scope)))
        .groupBy(...group.groupBy)
        .orderBy(...group.orderBy);
      return rows.map((row) => ({
        ...group.keysOf(row),
        staff: row.staff, trained: row.trained, coverage: row.staff ? row.trained / row.staff : 0,
      }));
    },
    compute: async (filter: TrainingStatisticsFilter | null | undefined, groupBy: readonly TrainingStatisticsDimension[]) => {
      const chosen = [...new Set(groupBy)].map((dimension) => dimensions[dimension]);
      const keys = chosen.map((dimension, index) => sql`${dimension.sql} as ${sql.identifier(`k${index}`)}`);
      const keyNames = chosen.map((_, index) => sql.identifier(`k${index}`));
      const keyList = keyNames.length ? sql.join(keyNames, sql`, `) : sql`1`;
      const where = and(conditions(filter), readableRows(trainingSessionRows, scope));
      const selectKeys = keys.length ? sql`${sql.join(keys, sql`, `)},` : sql``;
      const outerKeys = keyNames.length ? sql`${sql.join(keyNames.map((name) => sql`s.${name}`), sql`, `)},` : sql``;
      const joinOn = keyNames.length ? sql`(${sql.join(keyNames.map((name) => sql`s.${name}`), sql`, `)}) is not distinct from (${sql.join(keyNames.map((name) => sql`e.${name}`), sql`, `)})` : sql`true`;
      const rows = await db.execute(sql`
        with base as (
          select ${selectKeys} ${trainingSessions.id} as session_id, ${trainingSessions.hours} as hours, ${trainingSessions.capacity} as capacity,
            ${enrollments.id} as enrollment_id, ${enrollments.staffId} as staff_id, ${enrollments.attended} as attended, ${enrollments.evaluation} as evaluation
          from ${trainingSessions}
          left join ${enrollments} on ${enrollments.sessionId} = ${trainingSessions.id}
          left join ${staffMembers} on ${staffMembers.id} = ${enrollments.staffId}
          ${where ? sql`where ${where}` : sql``}
        ),
        per_session as (select distinct ${keyNames.length ? sql`${keyList},` : sql``} session_id, hours, capacity from base),
        s as (select ${keyNames.length ? sql`${keyList},` : sql``} count(*)::int as sessions, coalesce(sum(hours), 0)::int as hours, coalesce(sum(capacity), 0)::int as places_offered
              from per_session ${keyNames.length ? sql`group by ${keyList}` : sql``}),
        e as (select ${keyNames.length ? sql`${keyList},` : sql``} count(enrollment_id)::int as places_taken,
                count(distinct staff_id) filter (where attended)::int as staff_trained,
                (count(*) filter (where attended))::float8 / nullif(count(*) filter (where attended is not null), 0) as attendance_rate,
                avg(evaluation)::float8 as average_evaluation
              from base ${keyNames.length ? sql`group by ${keyList}` : sql``})
        select ${outerKeys} s.sessions, s.hours, s.places_offered, coalesce(e.places_taken, 0) as places_taken,
          coalesce(e.staff_trained, 0) as staff_trained, e.attendance_rate, e.average_evaluation
        from s left join e on ${joinOn}
        order by s.sessions desc ${keyNames.length ? sql`, ${sql.join(keyNames.map((name) => sql`s.${name}`), sql`, `)}` : sql``}
      `);
      return (rows as unknown as Record<string, unknown>[]).map((row) => {
        const group: Partial<TrainingStatisticsRow> = {};
        chosen.forEach((dimension, index) => ((group as Record<string, unknown>)[dimension.key] = row[`k${index}`] ?? null));
        return {
          region: null, year: null, quarter: null, month: null, theme: null, status: null, programme: null, trainer: null, department: null, corps: null,
          ...group,
          sessions: Number(row.sessions),
          hours: Number(row.hours),
          placesOffered: Number(row.places_offered),
          placesTaken: Number(row.places_taken),
          staffTrained: Number(row.staff_trained),
          attendanceRate: row.attendance_rate == null ? null : Number(row.attendance_rate),
          averageEvaluation: row.average_evaluation == null ? null : Number(row.average_evaluation),
        } satisfies TrainingStatisticsRow;
      });
    },
  };
}
