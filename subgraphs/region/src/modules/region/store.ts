import { asc, inArray, type SQL } from 'drizzle-orm';
import { byKey, countRows, createLoader, searchColumns, selectPage, type Connection, type Page } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { regions } from '../../db/schema.js';
import type { RegionFilter } from '../../generated/resolvers-types.js';

export type RegionRow = typeof regions.$inferSelect;
export type RegionConnectionModel = Connection<RegionRow>;

function matching(filter: RegionFilter | null | undefined): SQL | undefined {
  return searchColumns(filter?.search, [regions.nameFr, regions.nameAr]);
}

export async function listRegions(db: RegionDatabase, filter: RegionFilter | null | undefined, page: Page): Promise<RegionRow[]> {
  return selectPage(db, regions, { where: matching(filter), orderBy: [asc(regions.code)], page });
}

export async function countRegions(db: RegionDatabase, filter: RegionFilter | null | undefined): Promise<number> {
  return countRows(db, regions, matching(filter));
}

export function createRegionLoaders(db: RegionDatabase) {
  return {
    byCode: createLoader(async (codes: readonly string[]) =>
      byKey(codes, await db.select().from(regions).where(inArray(regions.code, [...codes])), (row) => row.code),
    ),
  };
}
