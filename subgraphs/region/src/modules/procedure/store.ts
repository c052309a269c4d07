import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { createLoader, searchColumns, type ArgumentLoaders, type Connection, type Page, type PageArgs } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { rowsByUuid } from '../../shared/lookups.js';
import { procedures } from '../../db/schema.js';
import type { ProcedureFilter } from '../../generated/resolvers-types.js';
import { nestedConnection, type ChildList } from '../../shared/connections.js';

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureConnectionModel = Connection<ProcedureRow>;

const order = [asc(procedures.nameFr), asc(procedures.id)];

export function procedureConditions(filter: ProcedureFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode != null ? eq(procedures.regionCode, filter.regionCode) : undefined,
    filter.digitisation != null ? eq(procedures.digitisation, filter.digitisation) : undefined,
    filter.theme != null ? eq(procedures.theme, filter.theme) : undefined,
    searchColumns(filter.search, [procedures.nameFr, procedures.nameAr]),
  );
}

export async function listProcedures(db: RegionDatabase, filter: ProcedureFilter | null | undefined, page: Page): Promise<ProcedureRow[]> {
  return db.select().from(procedures).where(procedureConditions(filter)).orderBy(...order).limit(page.limit + 1).offset(page.offset);
}

export async function countProcedures(db: RegionDatabase, filter: ProcedureFilter | null | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(procedures).where(procedureConditions(filter));
  return row?.total ?? 0;
}

const byRegion: ChildList<ProcedureRow> = {
  name: 'procedures.byRegion',
  table: procedures,
  parentColumn: procedures.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
};

export function createProcedureLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(procedures).where(inArray(procedures.id, valid)), (row) => row.id),
    ),
    ofRegion: (regionCode: string, args: PageArgs & { filter?: ProcedureFilter | null }) =>
      nestedConnection(db, argumentLoaders, byRegion, regionCode, {
        ...args,
        filterKey: args.filter ?? null,
        where: procedureConditions(args.filter),
      }),
  };
}
