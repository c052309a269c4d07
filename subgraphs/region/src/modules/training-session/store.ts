import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  checkDateRange, countRows, createLoader, nestedConnection, requireUuid, rowsByUuid, searchColumns, selectPage,
  type ArgumentLoaders, type ChildList, type Connection, type NestedArgs, type Page, type PageArgs,
} from '#kit';
import type { RowScope } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { enrollmentScope, sessionScope } from '../../access.js';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';
import type { TrainingSessionFilter } from '../../generated/resolvers-types.js';

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

export async function listTrainingSessions(db: RegionDatabase, scope: RowScope, filter: TrainingSessionFilter | null | undefined, page: Page): Promise<TrainingSessionRow[]> {
  return selectPage(db, trainingSessions, { where: and(trainingSessionConditions(filter), sessionScope(scope)), orderBy: order, page });
}

export async function countTrainingSessions(db: RegionDatabase, scope: RowScope, filter: TrainingSessionFilter | null | undefined): Promise<number> {
  return countRows(db, trainingSessions, and(trainingSessionConditions(filter), sessionScope(scope)));
}

type SessionList = ChildList<TrainingSessionRow, TrainingSessionFilter>;

function sessionsBy(scope: RowScope, name: string, parentColumn: PgColumn, parentOf: (row: TrainingSessionRow) => string | null): SessionList {
  return {
    name: `trainingSessions.by${name}`,
    table: trainingSessions,
    parentColumn,
    parentOf,
    orderBy: order,
    where: (filter) => and(trainingSessionConditions(filter), sessionScope(scope)),
  };
}

const sessionListsFor = (scope: RowScope) => ({
  region: sessionsBy(scope, 'Region', trainingSessions.regionCode, (row) => row.regionCode),
  trainer: sessionsBy(scope, 'Trainer', trainingSessions.trainerExpertId, (row) => row.trainerExpertId),
  programme: sessionsBy(scope, 'Programme', trainingSessions.programmeId, (row) => row.programmeId),
  partnership: sessionsBy(scope, 'Partnership', trainingSessions.partnershipId, (row) => row.partnershipId),
});

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

export function createTrainingSessionLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders, scope: RowScope) {
  const sessionLists = sessionListsFor(scope);
  const visibleEnrollments = { where: () => enrollmentScope(scope) };
  const sessionsOf = (list: SessionList) => (parentKey: string, args: NestedArgs<TrainingSessionFilter>) =>
    nestedConnection(db, argumentLoaders, list, parentKey, args);
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(trainingSessions).where(and(inArray(trainingSessions.id, valid), sessionScope(scope))), (row) => row.id),
    ),
    ofRegion: sessionsOf(sessionLists.region),
    ofTrainer: sessionsOf(sessionLists.trainer),
    ofProgramme: sessionsOf(sessionLists.programme),
    ofPartnership: sessionsOf(sessionLists.partnership),
    enrollmentsOfSession: (sessionId: string, args: PageArgs) =>
      nestedConnection(db, argumentLoaders, { ...enrollmentsOfSession, ...visibleEnrollments }, sessionId, args),
    enrollmentsOfStaff: (staffId: string, args: PageArgs) =>
      nestedConnection(db, argumentLoaders, { ...enrollmentsOfStaff, ...visibleEnrollments }, staffId, args),
  };
}

/** A ministry entity (Expert, Programme) as the region knows it: its id. */
export interface EntityReference {
  id: string;
}
