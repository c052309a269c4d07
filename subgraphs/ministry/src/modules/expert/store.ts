import { and, arrayContains, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  checkDateRange, countRows, createLoader, nestedConnection, rowsByUuid, searchColumns, selectPage,
  type ArgumentLoaders, type ChildList, type Connection, type NestedArgs, type Page,
} from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { expertAssignments, experts } from '../../db/schema.js';
import type { ExpertAssignmentFilter, ExpertFilter } from '../../generated/resolvers-types.js';

export type ExpertRow = typeof experts.$inferSelect;
export type ExpertAssignmentRow = typeof expertAssignments.$inferSelect;
export type ExpertConnectionModel = Connection<ExpertRow>;
export type ExpertAssignmentConnectionModel = Connection<ExpertAssignmentRow>;

export function expertWhere(db: MinistryDatabase, filter: ExpertFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const language = filter.language?.trim().toLowerCase();
  return and(
    // Cast so `theme[] @> theme[]` can use the GIN index (a bare parameter would be text[]).
    filter.specialty ? sql`${experts.specialties} @> array[${filter.specialty}]::theme[]` : undefined,
    language ? arrayContains(experts.languages, [language]) : undefined,
    filter.regionCode
      ? inArray(
          experts.id,
          db.select({ id: expertAssignments.expertId }).from(expertAssignments).where(eq(expertAssignments.regionCode, filter.regionCode)),
        )
      : undefined,
    searchColumns(filter.search, [experts.fullName, experts.organisation]),
  );
}

/** Throws BAD_USER_INPUT on an empty date range, before any SQL runs. */
export function assignmentWhere(filter: ExpertAssignmentFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  checkDateRange(filter.activeFrom, filter.activeTo, 'filter.activeFrom', 'filter.activeTo');
  return and(
    filter.regionCode ? eq(expertAssignments.regionCode, filter.regionCode) : undefined,
    filter.theme ? eq(expertAssignments.theme, filter.theme) : undefined,
    filter.activeTo ? lte(expertAssignments.startsOn, filter.activeTo) : undefined,
    filter.activeFrom ? or(isNull(expertAssignments.endsOn), gte(expertAssignments.endsOn, filter.activeFrom)) : undefined,
  );
}

export async function listExperts(db: MinistryDatabase, where: SQL | undefined, page: Page): Promise<ExpertRow[]> {
  return selectPage(db, experts, { where, orderBy: [asc(experts.fullName), asc(experts.id)], page });
}

export async function countExperts(db: MinistryDatabase, where: SQL | undefined): Promise<number> {
  return countRows(db, experts, where);
}

type AssignmentList = ChildList<ExpertAssignmentRow, ExpertAssignmentFilter>;

function assignmentsBy(name: string, parentColumn: PgColumn, parentOf: (row: ExpertAssignmentRow) => string): AssignmentList {
  return {
    name: `expertAssignments.by${name}`,
    table: expertAssignments,
    parentColumn,
    parentOf,
    orderBy: [desc(expertAssignments.startsOn), asc(expertAssignments.id)],
    where: assignmentWhere,
  };
}

const assignmentLists = {
  expert: assignmentsBy('Expert', expertAssignments.expertId, (row) => row.expertId),
  region: assignmentsBy('Region', expertAssignments.regionCode, (row) => row.regionCode),
};

export function createExpertLoaders(db: MinistryDatabase, argumentLoaders: ArgumentLoaders) {
  // An expert's or a region's assignments: one statement for every parent at once.
  const assignmentsOf = (list: AssignmentList) => (parentKey: string, args: NestedArgs<ExpertAssignmentFilter>) =>
    nestedConnection(db, argumentLoaders, list, parentKey, args);
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(experts).where(inArray(experts.id, valid)), (row) => row.id),
    ),
    assignmentsOfExpert: assignmentsOf(assignmentLists.expert),
    assignmentsOfRegion: assignmentsOf(assignmentLists.region),
  };
}
