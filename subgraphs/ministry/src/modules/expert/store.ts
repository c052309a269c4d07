import { and, arrayContains, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { readableRows, type RowScope } from '#kit/auth';
import {
  type AnyDatabase, ascending, type ChildList, createLoader, descending, listConnection, type NestedArgs,
  nestedConnection, requireDateRange, rowsById, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { expertAssignments, experts, expertBookings } from '../../db/schema.js';
import type { ExpertAssignmentFilter, ExpertFilter, ExpertiseStatisticsDimension, ExpertiseStatisticsFilter } from '../../generated/resolvers-types.js';
import { expertAssignmentRows } from './access.js';
import { expertiseStatistics } from './statistics.js';

export type ExpertRow = typeof experts.$inferSelect;
export type ExpertAssignmentRow = typeof expertAssignments.$inferSelect;
export type ExpertBookingRow = typeof expertBookings.$inferSelect;

const order = [ascending(experts.fullName), ascending(experts.id)];

export function expertConditions(db: AnyDatabase, scope: RowScope, filter: ExpertFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const language = filter.language?.trim().toLowerCase();
  return and(
    // Cast so `theme[] @> theme[]` can use the GIN index (a bare parameter would be text[]).
    filter.specialty ? sql`${experts.specialties} @> array[${filter.specialty}]::theme[]` : undefined,
    language ? arrayContains(experts.languages, [language]) : undefined,
    filter.regionCode
      ? inArray(
          experts.id,
          db.select({ id: expertAssignments.expertId }).from(expertAssignments)
            .where(and(eq(expertAssignments.regionCode, filter.regionCode), readableRows(expertAssignmentRows, scope))),
        )
      : undefined,
    searchColumns(filter.search, [experts.fullName, experts.organisation]),
  );
}

/** Validates the filter (BAD_USER_INPUT on an empty date range, before any SQL) and turns it into SQL. */
export function assignmentConditions(filter: ExpertAssignmentFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  requireDateRange(filter.activeFrom, filter.activeTo, 'filter.activeFrom', 'filter.activeTo');
  return and(
    filter.regionCode ? eq(expertAssignments.regionCode, filter.regionCode) : undefined,
    filter.theme ? eq(expertAssignments.theme, filter.theme) : undefined,
    filter.activeTo ? lte(expertAssignments.startsOn, filter.activeTo) : undefined,
    filter.activeFrom ? or(isNull(expertAssignments.endsOn), gte(expertAssignments.endsOn, filter.activeFrom)) : undefined,
  );
}

type AssignmentList = ChildList<ExpertAssignmentRow, ExpertAssignmentFilter>;

function assignmentsBy(scope: RowScope, name: string, parentColumn: PgColumn, parentOf: (row: ExpertAssignmentRow) => string): AssignmentList {
  return {
    name: `expertAssignments.by${name}`,
    table: expertAssignments,
    parentColumn,
    parentOf,
    orderBy: [descending(expertAssignments.startsOn), ascending(expertAssignments.id)],
    where: (filter) => and(assignmentConditions(filter), readableRows(expertAssignmentRows, scope)),
  };
}

/** The module's per-request reads; missions AND the caller's read rule into their SQL. */
export function expertLoaders({ db, scope, argumentLoaders }: LoaderRequest<typeof dbSchema>) {
  const byId = createLoader((ids: readonly string[]) => rowsById(db, experts, ids));
  // An expert's or a region's assignments: one statement for every parent at once.
  const assignmentsOf = (list: AssignmentList) => (parentKey: string, args: NestedArgs<ExpertAssignmentFilter>) =>
    nestedConnection(db, argumentLoaders, list, parentKey, args);
  return {
    statistics: (filter: ExpertiseStatisticsFilter | null | undefined, groupBy: readonly ExpertiseStatisticsDimension[]) =>
      expertiseStatistics(db, scope, filter, groupBy),
    list: (args: NestedArgs<ExpertFilter>) => listConnection(db, experts, { where: expertConditions(db, scope, args.filter), orderBy: order, prime: byId }, args),
    byId,
    assignmentsOfExpert: assignmentsOf(assignmentsBy(scope, 'Expert', expertAssignments.expertId, (row) => row.expertId)),
    assignmentsOfRegion: assignmentsOf(assignmentsBy(scope, 'Region', expertAssignments.regionCode, (row) => row.regionCode)),
  };
}
