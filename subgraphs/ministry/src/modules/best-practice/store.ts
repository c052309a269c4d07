import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  type AnyDatabase, anyOf, ascending, type ChildList, createLoader, descending, groupsByUuid, listConnection,
  type NestedArgs, nestedConnection, requireDateRange, requireId, rowsById, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { bestPracticeAdoptions, bestPractices, practiceApplications } from '../../db/schema.js';
import type { AdoptionStatisticsDimension, BestPracticeFilter, PracticeApplicationStatisticsDimension } from '../../generated/resolvers-types.js';
import { adoptionStatistics, practiceApplicationStatistics } from './statistics.js';

export type BestPracticeRow = typeof bestPractices.$inferSelect;
export type BestPracticeAdoptionRow = typeof bestPracticeAdoptions.$inferSelect;

const newestFirst = [descending(bestPractices.publishedOn), ascending(bestPractices.id)];

/**
 * Validates the filter (BAD_USER_INPUT naming the argument for a malformed programmeId or an
 * empty date range, before any SQL) and turns it into SQL on `best_practices`. Nested
 * connections (a programme's, a region's) reuse it.
 */
export function bestPracticeConditions(db: AnyDatabase, filter: BestPracticeFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  requireDateRange(filter.publishedFrom, filter.publishedTo, 'filter.publishedFrom', 'filter.publishedTo');
  const programmeId = filter.programmeId != null ? requireId(filter.programmeId, 'filter.programmeId') : undefined;
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

/** Best practices are public: the module's reads need no row rule. */
export function bestPracticeLoaders({ db, argumentLoaders }: LoaderRequest<typeof dbSchema>) {
  // Built per request: the filter's subqueries are made with this request's db.
  const byProgramme: ChildList<BestPracticeRow, BestPracticeFilter> = {
    name: 'bestPractices.byProgramme',
    table: bestPractices,
    parentColumn: bestPractices.programmeId,
    parentOf: (row) => row.programmeId,
    orderBy: newestFirst,
    where: (filter) => bestPracticeConditions(db, filter),
  };
  const byId = createLoader((ids: readonly string[]) => rowsById(db, bestPractices, ids));
  return {
    statistics: (groupBy: readonly AdoptionStatisticsDimension[]) => adoptionStatistics(db, groupBy),
    applicationStatistics: (regionCode: string | null | undefined, groupBy: readonly PracticeApplicationStatisticsDimension[]) =>
      practiceApplicationStatistics(db, regionCode, groupBy),
    list: (args: NestedArgs<BestPracticeFilter>) => listConnection(db, bestPractices, { where: bestPracticeConditions(db, args.filter), orderBy: newestFirst, prime: byId }, args),
    byId,
    adoptions: createLoader((practiceIds: readonly string[]) =>
      groupsByUuid(
        practiceIds,
        (valid) => db.select().from(bestPracticeAdoptions).where(anyOf(bestPracticeAdoptions.bestPracticeId, valid))
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
          .where(anyOf(practiceApplications.procedureId, valid))
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
