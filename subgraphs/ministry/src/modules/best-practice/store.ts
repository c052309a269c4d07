import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  ArgumentLoaders,
  byKey,
  checkDateRange,
  countPerParent,
  createLoader,
  groupByKey,
  isUuid,
  requireUuid,
  searchColumns,
  selectPagePerParent,
  uuidKeys,
  type Connection,
  type Page,
} from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { bestPracticeAdoptions, bestPractices, practiceApplications } from '../../db/schema.js';
import type { BestPracticeFilter } from '../../generated/resolvers-types.js';

export type BestPracticeRow = typeof bestPractices.$inferSelect;
export type BestPracticeAdoptionRow = typeof bestPracticeAdoptions.$inferSelect;
export type BestPracticeConnectionModel = Connection<BestPracticeRow>;

const newestFirst = () => [desc(bestPractices.publishedOn), asc(bestPractices.id)];

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
  return db
    .select()
    .from(bestPractices)
    .where(where)
    .orderBy(...newestFirst())
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countBestPractices(db: MinistryDatabase, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(bestPractices).where(where);
  return row?.total ?? 0;
}

interface PageArgs {
  page: Page;
  filter: BestPracticeFilter | null;
}

export function createBestPracticeLoaders(db: MinistryDatabase) {
  const pages = new ArgumentLoaders();
  return {
    byId: createLoader(async (ids: readonly string[]) => {
      const valid = uuidKeys(ids);
      const rows = valid.length ? await db.select().from(bestPractices).where(inArray(bestPractices.id, valid)) : [];
      return byKey(ids.map((id) => id.toLowerCase()), rows, (row) => row.id);
    }),
    adoptions: createLoader(async (practiceIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(bestPracticeAdoptions)
        .where(inArray(bestPracticeAdoptions.bestPracticeId, [...practiceIds]))
        .orderBy(asc(bestPracticeAdoptions.adoptedOn), asc(bestPracticeAdoptions.regionCode));
      return groupByKey(practiceIds, rows, (row) => row.bestPracticeId);
    }),
    /** Practices a region-owned Procedure applies; malformed procedure ids simply have none. */
    appliedToProcedure: createLoader(async (procedureIds: readonly string[]) => {
      const valid = uuidKeys(procedureIds);
      const rows = valid.length
        ? await db
            .select({ procedureId: practiceApplications.procedureId, practice: bestPractices })
            .from(practiceApplications)
            .innerJoin(bestPractices, eq(bestPractices.id, practiceApplications.bestPracticeId))
            .where(inArray(practiceApplications.procedureId, valid))
            .orderBy(asc(bestPractices.titleFr), asc(bestPractices.id))
        : [];
      return groupByKey(
        procedureIds.map((id) => (isUuid(id) ? id.toLowerCase() : id)),
        rows,
        (row) => row.procedureId,
      ).map((group) => group.map((row) => row.practice));
    }),
    /** One page of each programme's practices, in one statement for all programmes. */
    pageByProgramme(args: PageArgs) {
      bestPracticeWhere(db, args.filter);
      return pages.get('byProgramme', args, (programmeIds: readonly string[], { page, filter }) =>
        selectPagePerParent<BestPracticeRow>(db, {
          table: bestPractices,
          parentColumn: bestPractices.programmeId,
          parentKeys: programmeIds,
          where: bestPracticeWhere(db, filter),
          orderBy: newestFirst(),
          page,
        }).then((rows) => groupByKey(programmeIds, rows, (row) => row.programmeId ?? '')),
      );
    },
    countByProgramme(filter: BestPracticeFilter | null) {
      return pages.get('countByProgramme', filter, (programmeIds: readonly string[]) =>
        countPerParent(db, {
          table: bestPractices,
          parentColumn: bestPractices.programmeId,
          parentKeys: programmeIds,
          where: bestPracticeWhere(db, filter),
        }),
      );
    },
  };
}
