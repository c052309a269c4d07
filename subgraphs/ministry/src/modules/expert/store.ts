import { and, arrayContains, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  ArgumentLoaders,
  byKey,
  checkDateRange,
  countPerParent,
  createLoader,
  groupByKey,
  searchColumns,
  selectPagePerParent,
  uuidKeys,
  type Connection,
  type Page,
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
  return db
    .select()
    .from(experts)
    .where(where)
    .orderBy(asc(experts.fullName), asc(experts.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countExperts(db: MinistryDatabase, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(experts).where(where);
  return row?.total ?? 0;
}

interface AssignmentPageArgs {
  page: Page;
  filter: ExpertAssignmentFilter | null;
}

export function createExpertLoaders(db: MinistryDatabase) {
  const pages = new ArgumentLoaders();
  // Assignments per parent (an expert, or a region): one statement for every parent at once.
  const assignmentPages = (name: string, parentColumn: PgColumn, keyOf: (row: ExpertAssignmentRow) => string) =>
    (args: AssignmentPageArgs) => {
      assignmentWhere(args.filter);
      return pages.get(name, args, async (parentKeys: readonly string[], { page, filter }) => {
        const rows = await selectPagePerParent<ExpertAssignmentRow>(db, {
          table: expertAssignments,
          parentColumn,
          parentKeys,
          where: assignmentWhere(filter),
          orderBy: [desc(expertAssignments.startsOn), asc(expertAssignments.id)],
          page,
        });
        return groupByKey(parentKeys, rows, keyOf);
      });
    };
  const assignmentCounts = (name: string, parentColumn: PgColumn) => (filter: ExpertAssignmentFilter | null) =>
    pages.get(name, filter, (parentKeys: readonly string[]) =>
      countPerParent(db, { table: expertAssignments, parentColumn, parentKeys, where: assignmentWhere(filter) }),
    );

  return {
    byId: createLoader(async (ids: readonly string[]) => {
      const valid = uuidKeys(ids);
      const rows = valid.length ? await db.select().from(experts).where(inArray(experts.id, valid)) : [];
      return byKey(ids.map((id) => id.toLowerCase()), rows, (row) => row.id);
    }),
    assignmentsByExpert: assignmentPages('assignmentsByExpert', expertAssignments.expertId, (row) => row.expertId),
    assignmentCountByExpert: assignmentCounts('assignmentCountByExpert', expertAssignments.expertId),
    assignmentsByRegion: assignmentPages('assignmentsByRegion', expertAssignments.regionCode, (row) => row.regionCode),
    assignmentCountByRegion: assignmentCounts('assignmentCountByRegion', expertAssignments.regionCode),
  };
}
