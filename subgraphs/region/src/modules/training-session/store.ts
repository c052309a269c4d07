import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { readableRows, type RowScope } from '#kit/auth';
import {
  ascending, type ChildList, countPerParent, createLoader, listConnection, type NestedArgs, nestedConnection,
  type OrderArgument, orderFor, type PageArgs, requireDateRange, requireId, rowsById, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';
import type { EnrollmentFilter, TrainingSessionFilter } from '../../generated/resolvers-types.js';
import { enrollmentRows, trainingSessionRows } from './access.js';

export type TrainingSessionRow = typeof trainingSessions.$inferSelect;
export type EnrollmentRow = typeof enrollments.$inferSelect;

const order = [ascending(trainingSessions.startsOn), ascending(trainingSessions.id)];
const sortable = {
  STARTS_ON: trainingSessions.startsOn,
  TITLE: trainingSessions.titleFr,
  CAPACITY: trainingSessions.capacity,
  SEATS_LEFT: sql`${trainingSessions.capacity} - (select count(*) from ${enrollments} where ${enrollments.sessionId} = ${trainingSessions.id})`,
};

/** Validates the filter (BAD_USER_INPUT naming the argument) and turns it into a condition. */
export function trainingSessionConditions(filter: TrainingSessionFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  requireDateRange(filter.startsFrom, filter.startsTo, 'filter.startsFrom', 'filter.startsTo');
  return and(
    filter.regionCode != null ? eq(trainingSessions.regionCode, filter.regionCode) : undefined,
    filter.theme != null ? eq(trainingSessions.theme, filter.theme) : undefined,
    filter.status != null ? eq(trainingSessions.status, filter.status) : undefined,
    // An empty list matches nothing (drizzle renders it as false).
    filter.statuses != null ? inArray(trainingSessions.status, filter.statuses) : undefined,
    filter.startsFrom != null ? gte(trainingSessions.startsOn, filter.startsFrom) : undefined,
    filter.startsTo != null ? lte(trainingSessions.startsOn, filter.startsTo) : undefined,
    filter.trainerId != null ? eq(trainingSessions.trainerExpertId, requireId(filter.trainerId, 'filter.trainerId')) : undefined,
    filter.programmeId != null ? eq(trainingSessions.programmeId, requireId(filter.programmeId, 'filter.programmeId')) : undefined,
    searchColumns(filter.search, [trainingSessions.titleFr, trainingSessions.titleAr]),
  );
}

type SessionList = ChildList<TrainingSessionRow, TrainingSessionFilter>;

function sessionsBy(scope: RowScope, name: string, parentColumn: PgColumn, parentOf: (row: TrainingSessionRow) => string | null): SessionList {
  return {
    name: `trainingSessions.by${name}`,
    table: trainingSessions,
    parentColumn,
    parentOf,
    orderBy: order,
    where: (filter) => and(trainingSessionConditions(filter), readableRows(trainingSessionRows, scope)),
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
    ascending(sql`(select ${staffMembers.fullName} from ${staffMembers} where ${staffMembers.id} = ${enrollments.staffId})`, { nullable: false }),
    ascending(enrollments.id),
  ],
};

const enrollmentsOfStaff: ChildList<EnrollmentRow> = {
  name: 'enrollments.byStaff',
  table: enrollments,
  parentColumn: enrollments.staffId,
  parentOf: (row) => row.staffId,
  orderBy: [
    ascending(sql`(select ${trainingSessions.startsOn} from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId})`, { nullable: false }),
    ascending(enrollments.id),
  ],
};

/** The module's per-request reads: every one ANDs the caller's read rule into its SQL. */
export function trainingSessionLoaders({ db, scope, argumentLoaders }: LoaderRequest<typeof dbSchema>) {
  const sessionLists = sessionListsFor(scope);
  const visibleEnrollments = { where: () => readableRows(enrollmentRows, scope) };
  const sessionsOf = (list: SessionList) => (parentKey: string, args: NestedArgs<TrainingSessionFilter>) =>
    nestedConnection(db, argumentLoaders, list, parentKey, args);
  return {
    list: (args: NestedArgs<TrainingSessionFilter> & { orderBy?: OrderArgument<keyof typeof sortable> | null }) =>
      listConnection(db, trainingSessions, { where: and(trainingSessionConditions(args.filter), readableRows(trainingSessionRows, scope)), orderBy: orderFor(args.orderBy, sortable, order, trainingSessions.id) }, args),
    byId: createLoader((ids: readonly string[]) => rowsById(db, trainingSessions, ids, readableRows(trainingSessionRows, scope))),
    /** Staff enrolled per session, all of them (a count reveals no one): for `seatsLeft`. */
    seatsTaken: createLoader((sessionIds: readonly string[]) => countPerParent(db, { table: enrollments, parentColumn: enrollments.sessionId, parentKeys: sessionIds })),
    ofRegion: sessionsOf(sessionLists.region),
    ofTrainer: sessionsOf(sessionLists.trainer),
    ofProgramme: sessionsOf(sessionLists.programme),
    ofPartnership: sessionsOf(sessionLists.partnership),
    enrollments: (args: NestedArgs<EnrollmentFilter>) => {
      const filter = args.filter;
      requireDateRange(filter?.startsFrom, filter?.startsTo, 'filter.startsFrom', 'filter.startsTo');
      const ofSessions = filter && (filter.regionCode != null || filter.startsFrom != null || filter.startsTo != null)
        ? sql`exists (select 1 from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId}
            ${filter.regionCode != null ? sql`and ${trainingSessions.regionCode} = ${filter.regionCode}` : sql``}
            ${filter.startsFrom != null ? sql`and ${trainingSessions.startsOn} >= ${filter.startsFrom}` : sql``}
            ${filter.startsTo != null ? sql`and ${trainingSessions.startsOn} <= ${filter.startsTo}` : sql``})`
        : undefined;
      const where = and(ofSessions, filter?.attended != null ? eq(enrollments.attended, filter.attended) : undefined, readableRows(enrollmentRows, scope));
      // Grouped by session along the (session, staff member) unique index, so a page deep into an
      // export of 100,000 rows seeks there instead of sorting every row before it.
      return listConnection(db, enrollments, { where, orderBy: [ascending(enrollments.sessionId), ascending(enrollments.staffId)] }, args);
    },
    enrollmentsOfSession: (sessionId: string, args: PageArgs) =>
      nestedConnection(db, argumentLoaders, { ...enrollmentsOfSession, ...visibleEnrollments }, sessionId, args),
    enrollmentsOfStaff: (staffId: string, args: PageArgs) =>
      nestedConnection(db, argumentLoaders, { ...enrollmentsOfStaff, ...visibleEnrollments }, staffId, args),
  };
}
