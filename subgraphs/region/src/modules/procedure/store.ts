import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  countRows, createLoader, groupsByUuid, nestedConnection, rowsByUuid, searchColumns, selectPage,
  type ArgumentLoaders, type ChildList, type Connection, type NestedArgs, type Page,
} from '#kit';
import type { RegionDatabase } from '../../context.js';
import { procedureDigitisationEntries, procedures } from '../../db/schema.js';
import type { ProcedureFilter } from '../../generated/resolvers-types.js';

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureConnectionModel = Connection<ProcedureRow>;
export type DigitisationEntryRow = typeof procedureDigitisationEntries.$inferSelect;

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
  return selectPage(db, procedures, { where: procedureConditions(filter), orderBy: order, page });
}

export async function countProcedures(db: RegionDatabase, filter: ProcedureFilter | null | undefined): Promise<number> {
  return countRows(db, procedures, procedureConditions(filter));
}

const byRegion: ChildList<ProcedureRow, ProcedureFilter> = {
  name: 'procedures.byRegion',
  table: procedures,
  parentColumn: procedures.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
  where: procedureConditions,
};

export function createProcedureLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(procedures).where(inArray(procedures.id, valid)), (row) => row.id),
    ),
    ofRegion: (regionCode: string, args: NestedArgs<ProcedureFilter>) =>
      nestedConnection(db, argumentLoaders, byRegion, regionCode, args),
    digitisationHistory: createLoader((ids: readonly string[]) =>
      groupsByUuid(
        ids,
        (valid) => db.select().from(procedureDigitisationEntries).where(inArray(procedureDigitisationEntries.procedureId, valid))
          .orderBy(asc(procedureDigitisationEntries.effectiveOn), asc(procedureDigitisationEntries.recordedAt), asc(procedureDigitisationEntries.id)),
        (row) => row.procedureId,
      ),
    ),
  };
}
