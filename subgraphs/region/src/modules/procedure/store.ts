import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import {
  anyOf, ascending, type ChildList, createLoader, grouping, groupsByUuid, listConnection, type NestedArgs,
  nestedConnection, type OrderArgument, orderFor, rowsById, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { procedureDigitisationEntries, procedures } from '../../db/schema.js';
import type { ProcedureFilter } from '../../generated/resolvers-types.js';

export type ProcedureRow = typeof procedures.$inferSelect;
export type DigitisationEntryRow = typeof procedureDigitisationEntries.$inferSelect;

const order = [ascending(procedures.nameFr), ascending(procedures.id)];
const sortable = { NAME: procedures.nameFr, DIGITISATION: procedures.digitisation };

export function procedureConditions(filter: ProcedureFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode != null ? eq(procedures.regionCode, filter.regionCode) : undefined,
    filter.digitisation != null ? eq(procedures.digitisation, filter.digitisation) : undefined,
    filter.theme != null ? eq(procedures.theme, filter.theme) : undefined,
    searchColumns(filter.search, [procedures.nameFr, procedures.nameAr]),
  );
}

const byRegion: ChildList<ProcedureRow, ProcedureFilter> = {
  name: 'procedures.byRegion',
  table: procedures,
  parentColumn: procedures.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
  where: procedureConditions,
};

/** A group of procedure statistics, as the SQL returns it. */
export interface ProcedureStatisticsRow {
  region: string | null;
  theme: string | null;
  digitisation: string | null;
  procedures: number;
  paper: number;
  partial: number;
  online: number;
  digitisationRate: number;
}

const statisticsKeys = {
  REGION: { key: 'region', column: procedures.regionCode },
  THEME: { key: 'theme', column: procedures.theme },
  DIGITISATION: { key: 'digitisation', column: procedures.digitisation },
} as const;

const countWhere = (status: 'PAPER' | 'PARTIAL' | 'ONLINE') => sql<number>`(count(*) filter (where ${procedures.digitisation} = ${status}))::int`;

/** Procedures are public: the module's reads need no row rule. */
export function procedureLoaders({ db, argumentLoaders }: LoaderRequest<typeof dbSchema>) {
  return {
    statistics: async (filter: ProcedureFilter | null | undefined, groupBy: readonly (keyof typeof statisticsKeys)[]): Promise<ProcedureStatisticsRow[]> => {
      const group = grouping(statisticsKeys, groupBy);
      const rows = await db
        .select({
          ...group.select,
          procedures: sql<number>`count(*)::int`,
          paper: countWhere('PAPER'),
          partial: countWhere('PARTIAL'),
          online: countWhere('ONLINE'),
        })
        .from(procedures)
        .where(procedureConditions(filter))
        .groupBy(...group.groupBy)
        .orderBy(...group.orderBy);
      return rows.map((row) => ({
        ...group.keysOf(row),
        procedures: row.procedures, paper: row.paper, partial: row.partial, online: row.online,
        digitisationRate: row.procedures ? row.online / row.procedures : 0,
      }));
    },
    list: (args: NestedArgs<ProcedureFilter> & { orderBy?: OrderArgument<keyof typeof sortable> | null }) =>
      listConnection(db, procedures, { where: procedureConditions(args.filter), orderBy: orderFor(args.orderBy, sortable, order, procedures.id) }, args),
    byId: createLoader((ids: readonly string[]) => rowsById(db, procedures, ids)),
    ofRegion: (regionCode: string, args: NestedArgs<ProcedureFilter>) =>
      nestedConnection(db, argumentLoaders, byRegion, regionCode, args),
    digitisationHistory: createLoader((ids: readonly string[]) =>
      groupsByUuid(
        ids,
        (valid) => db.select().from(procedureDigitisationEntries).where(anyOf(procedureDigitisationEntries.procedureId, valid))
          .orderBy(asc(procedureDigitisationEntries.effectiveOn), asc(procedureDigitisationEntries.recordedAt), asc(procedureDigitisationEntries.id)),
        (row) => row.procedureId,
      ),
    ),
  };
}
