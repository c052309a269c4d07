import { and, asc, count, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { byKey, checkDateRange, createLoader, groupByKey, searchColumns, uuidKeys, type Connection, type Page } from '#kit';
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
  return db
    .select()
    .from(programmes)
    .where(where)
    .orderBy(asc(programmes.startsOn), asc(programmes.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countProgrammes(db: MinistryDatabase, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(programmes).where(where);
  return row?.total ?? 0;
}

export function createProgrammeLoaders(db: MinistryDatabase) {
  return {
    byId: createLoader(async (ids: readonly string[]) => {
      const valid = uuidKeys(ids);
      const rows = valid.length ? await db.select().from(programmes).where(inArray(programmes.id, valid)) : [];
      return byKey(ids.map((id) => id.toLowerCase()), rows, (row) => row.id);
    }),
    /** Codes of the regions enrolled in each programme, in code order. */
    regionCodes: createLoader(async (programmeIds: readonly string[]) => {
      const rows = await db
        .select({ programmeId: programmeRegions.programmeId, regionCode: programmeRegions.regionCode })
        .from(programmeRegions)
        .where(inArray(programmeRegions.programmeId, [...programmeIds]))
        .orderBy(asc(programmeRegions.regionCode));
      return groupByKey(programmeIds, rows, (row) => row.programmeId).map((group) => group.map((row) => row.regionCode));
    }),
  };
}
