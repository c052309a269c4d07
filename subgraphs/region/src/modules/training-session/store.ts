import { and, asc, count, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { checkDateRange, createLoader, requireUuid, searchColumns, type ArgumentLoaders, type Connection, type Page, type PageArgs } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { rowsByUuid } from '../../shared/lookups.js';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';
import type { TrainingSessionFilter } from '../../generated/resolvers-types.js';
import { nestedConnection, type ChildList } from '../../shared/connections.js';

export type TrainingSessionRow = typeof trainingSessions.$inferSelect;
export type TrainingSessionConnectionModel = Connection<TrainingSessionRow>;
export type EnrollmentRow = typeof enrollments.$inferSelect;
export type EnrollmentConnectionModel = Connection<EnrollmentRow>;

const order = [asc(trainingSessions.startsOn), asc(trainingSessions.id)];

/** Validates the filter (BAD_USER_INPUT naming the argument) and turns it into a condition. */
export function trainingSessionConditions(filter: TrainingSessionFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  checkDateRange(filter.startsFrom, filter.startsTo, 'filter.startsFrom', 'filter.startsTo');
  return and(
    filter.regionCode != null ? eq(trainingSessions.regionCode, filter.regionCode) : undefined,
    filter.theme != null ? eq(trainingSessions.theme, filter.theme) : undefined,
    filter.status != null ? eq(trainingSessions.status, filter.status) : undefined,
    filter.startsFrom != null ? gte(trainingSessions.startsOn, filter.startsFrom) : undefined,
    filter.startsTo != null ? lte(trainingSessions.startsOn, filter.startsTo) : undefined,
    filter.trainerId != null ? eq(trainingSessions.trainerExpertId, requireUuid(filter.trainerId, 'filter.trainerId')) : undefined,
    filter.programmeId != null ? eq(trainingSessions.programmeId, requireUuid(filter.programmeId, 'filter.programmeId')) : undefined,
    searchColumns(filter.search, [trainingSessions.titleFr, trainingSessions.titleAr]),
  );
}

export async function listTrainingSessions(db: RegionDatabase, filter: TrainingSessionFilter | null | undefined, page: Page): Promise<TrainingSessionRow[]> {
  const where = trainingSessionConditions(filter);
  return db.select().from(trainingSessions).where(where).orderBy(...order).limit(page.limit + 1).offset(page.offset);
}

export async function countTrainingSessions(db: RegionDatabase, filter: TrainingSessionFilter | null | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(trainingSessions).where(trainingSessionConditions(filter));
  return row?.total ?? 0;
}

function sessionsBy(name: string, parentColumn: PgColumn, parentOf: (row: TrainingSessionRow) => string | null): ChildList<TrainingSessionRow> {
  return { name: `trainingSessions.by${name}`, table: trainingSessions, parentColumn, parentOf, orderBy: order };
}

const sessionLists = {
  region: sessionsBy('Region', trainingSessions.regionCode, (row) => row.regionCode),
  trainer: sessionsBy('Trainer', trainingSessions.trainerExpertId, (row) => row.trainerExpertId),
  programme: sessionsBy('Programme', trainingSessions.programmeId, (row) => row.programmeId),
  partnership: sessionsBy('Partnership', trainingSessions.partnershipId, (row) => row.partnershipId),
};

// Enrollments are listed in a human order (participant's name, session's start), read through
// correlated subqueries so the per-parent window stays one statement over one table.
const enrollmentsOfSession: ChildList<EnrollmentRow> = {
  name: 'enrollments.bySession',
  table: enrollments,
  parentColumn: enrollments.sessionId,
  parentOf: (row) => row.sessionId,
  orderBy: [
    sql`(select ${staffMembers.fullName} from ${staffMembers} where ${staffMembers.id} = ${enrollments.staffId})`,
    asc(enrollments.id),
  ],
};

const enrollmentsOfStaff: ChildList<EnrollmentRow> = {
  name: 'enrollments.byStaff',
  table: enrollments,
  parentColumn: enrollments.staffId,
  parentOf: (row) => row.staffId,
  orderBy: [
    sql`(select ${trainingSessions.startsOn} from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId})`,
    asc(enrollments.id),
  ],
};

type SessionArgs = PageArgs & { filter?: TrainingSessionFilter | null };

export function createTrainingSessionLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders) {
  const sessionsOf = (list: ChildList<TrainingSessionRow>) => (parentKey: string, args: SessionArgs) =>
    nestedConnection(db, argumentLoaders, list, parentKey, {
      ...args,
      filterKey: args.filter ?? null,
      where: trainingSessionConditions(args.filter),
    });
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(trainingSessions).where(inArray(trainingSessions.id, valid)), (row) => row.id),
    ),
    ofRegion: sessionsOf(sessionLists.region),
    ofTrainer: sessionsOf(sessionLists.trainer),
    ofProgramme: sessionsOf(sessionLists.programme),
    ofPartnership: sessionsOf(sessionLists.partnership),
    enrollmentsOfSession: (sessionId: string, args: PageArgs) =>
      nestedConnection(db, argumentLoaders, enrollmentsOfSession, sessionId, args),
    enrollmentsOfStaff: (staffId: string, args: PageArgs) =>
      nestedConnection(db, argumentLoaders, enrollmentsOfStaff, staffId, args),
  };
}

/** A ministry entity (Expert, Programme) as the region knows it: its id. */
export interface EntityReference {
  id: string;
}
