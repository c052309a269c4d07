import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  checkDateRange, countRows, createLoader, groupsByUuid, nestedConnection, requireUuid, rowsByUuid, searchColumns,
  selectPage, type ArgumentLoaders, type ChildList, type Connection, type NestedArgs, type Page,
} from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { bestPracticeAdoptions, bestPractices, practiceApplications } from '../../db/schema.js';
import type { BestPracticeFilter } from '../../generated/resolvers-types.js';

export type BestPracticeRow = typeof bestPractices.$inferSelect;
export type BestPracticeAdoptionRow = typeof bestPracticeAdoptions.$inferSelect;
export type BestPracticeConnectionModel = Connection<BestPracticeRow>;

const newestFirst = [desc(bestPractices.publishedOn), asc(bestPractices.id)];

/**
 * The filter as SQL on `best_practices`; throws BAD_USER_INPUT on a malformed programmeId or an
 * empty date range, before any SQL runs. Nested connections reuse it.
 */
export function bestPracticeWhere(db: MinistryDatabase, filter: BestPracticeFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  checkDateRange(filter.publishedFrom, filter.publishedTo, 'filter.publishedFrom', 'filter.publishedTo');
  const programmeId = filter.programmeId != null ? requireUuid(filter.programmeId, 'filter.programmeId') : undefined;
  return and(
    filter.theme ? eq(bestPractices.theme, filter.theme) : undefined,
    programmeId ? eq(bestPractices.programmeId, programmeId) : undefined,
    filter.adoptedByRegionCode
      ? inArray(
          bestPractices.id,
          db
            .select({ id: bestPracticeAdoptions.bestPracticeId })
            .from(bestPracticeAdoptions)
            .where(eq(bestPracticeAdoptions.regionCode, filter.adoptedByRegionCode)),
        )
      : undefined,
    filter.publishedFrom ? gte(bestPractices.publishedOn, filter.publishedFrom) : undefined,
    filter.publishedTo ? lte(bestPractices.publishedOn, filter.publishedTo) : undefined,
    searchColumns(filter.search, [bestPractices.titleFr, bestPractices.titleAr]),
  );
}

export async function listBestPractices(db: MinistryDatabase, where: SQL | undefined, page: Page): Promise<BestPracticeRow[]> {
  return selectPage(db, bestPractices, { where, orderBy: newestFirst, page });
}

export async function countBestPractices(db: MinistryDatabase, where: SQL | undefined): Promise<number> {
  return countRows(db, bestPractices, where);
}

export function createBestPracticeLoaders(db: MinistryDatabase, argumentLoaders: ArgumentLoaders) {
  // Built per request: the filter's subqueries are made with this request's db.
  const byProgramme: ChildList<BestPracticeRow, BestPracticeFilter> = {
    name: 'bestPractices.byProgramme',
    table: bestPractices,
    parentColumn: bestPractices.programmeId,
    parentOf: (row) => row.programmeId,
    orderBy: newestFirst,
    where: (filter) => bestPracticeWhere(db, filter),
  };
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(bestPractices).where(inArray(bestPractices.id, valid)), (row) => row.id),
    ),
    adoptions: createLoader((practiceIds: readonly string[]) =>
      groupsByUuid(
        practiceIds,
        (valid) => db.select().from(bestPracticeAdoptions).where(inArray(bestPracticeAdoptions.bestPracticeId, valid))
          .orderBy(asc(bestPracticeAdoptions.adoptedOn), asc(bestPracticeAdoptions.regionCode)),
        (row) => row.bestPracticeId,
      ),
    ),
    /** Practices a region-owned Procedure applies; malformed procedure ids simply have none. */
    appliedToProcedure: createLoader(async (procedureIds: readonly string[]) => {
      const groups = await groupsByUuid(
        procedureIds,
        (valid) => db
          .select({ procedureId: practiceApplications.procedureId, practice: bestPractices })
          .from(practiceApplications)
          .innerJoin(bestPractices, eq(bestPractices.id, practiceApplications.bestPracticeId))
          .where(inArray(practiceApplications.procedureId, valid))
          .orderBy(asc(bestPractices.titleFr), asc(bestPractices.id)),
        (row) => row.procedureId,
      );
      return groups.map((group) => group.map((row) => row.practice));
    }),
    /** One page of each programme's practices, in one statement for all programmes. */
    ofProgramme: (programmeId: string, args: NestedArgs<BestPracticeFilter>) =>
      nestedConnection(db, argumentLoaders, byProgramme, programmeId, args),
  };
}
