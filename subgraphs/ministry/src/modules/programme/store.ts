import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { checkDateRange, countRows, createLoader, groupsByUuid, rowsByUuid, searchColumns, selectPage, type Connection, type Page } from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { programmeRegions, programmes } from '../../db/schema.js';
import type { ProgrammeFilter } from '../../generated/resolvers-types.js';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type ProgrammeConnectionModel = Connection<ProgrammeRow>;

/**
 * The filter as SQL on `programmes`; throws BAD_USER_INPUT on an empty date range. Also used by
 * Region.programmes, so it only ever references the programmes table (plus a subquery).
 */
export function programmeWhere(db: MinistryDatabase, filter: ProgrammeFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  checkDateRange(filter.activeFrom, filter.activeTo, 'filter.activeFrom', 'filter.activeTo');
  return and(
    filter.theme ? eq(programmes.theme, filter.theme) : undefined,
    filter.regionCode
      ? inArray(
          programmes.id,
          db.select({ id: programmeRegions.programmeId }).from(programmeRegions).where(eq(programmeRegions.regionCode, filter.regionCode)),
        )
      : undefined,
    // Overlap of [startsOn, endsOn] (open end when null) with [activeFrom, activeTo].
    filter.activeTo ? lte(programmes.startsOn, filter.activeTo) : undefined,
    filter.activeFrom ? or(isNull(programmes.endsOn), gte(programmes.endsOn, filter.activeFrom)) : undefined,
    searchColumns(filter.search, [programmes.code, programmes.titleFr, programmes.titleAr]),
  );
}

export async function listProgrammes(db: MinistryDatabase, where: SQL | undefined, page: Page): Promise<ProgrammeRow[]> {
  return selectPage(db, programmes, { where, orderBy: [asc(programmes.startsOn), asc(programmes.id)], page });
}

export async function countProgrammes(db: MinistryDatabase, where: SQL | undefined): Promise<number> {
  return countRows(db, programmes, where);
}

export function createProgrammeLoaders(db: MinistryDatabase) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(programmes).where(inArray(programmes.id, valid)), (row) => row.id),
    ),
    /** Codes of the regions enrolled in each programme, in code order. */
    regionCodes: createLoader(async (programmeIds: readonly string[]) => {
      const groups = await groupsByUuid(
        programmeIds,
        (valid) => db
          .select({ programmeId: programmeRegions.programmeId, regionCode: programmeRegions.regionCode })
          .from(programmeRegions)
          .where(inArray(programmeRegions.programmeId, valid))
          .orderBy(asc(programmeRegions.regionCode)),
        (row) => row.programmeId,
      );
      return groups.map((group) => group.map((row) => row.regionCode));
    }),
  };
}
