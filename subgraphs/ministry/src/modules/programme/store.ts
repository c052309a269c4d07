import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import {
  type AnyDatabase, anyOf, ascending, createLoader, groupsByUuid, listConnection, type NestedArgs,
  requireDateRange, rowsById, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { programmeRegions, programmes } from '../../db/schema.js';
import type { ProgrammeFilter } from '../../generated/resolvers-types.js';

export type ProgrammeRow = typeof programmes.$inferSelect;

const order = [ascending(programmes.startsOn), ascending(programmes.id)];

/**
 * Validates the filter (BAD_USER_INPUT on an empty date range, before any SQL) and turns it into
 * SQL on `programmes`. Also used by Region.programmes, so it only ever references the
 * programmes table (plus a subquery).
 */
export function programmeConditions(db: AnyDatabase, filter: ProgrammeFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  requireDateRange(filter.activeFrom, filter.activeTo, 'filter.activeFrom', 'filter.activeTo');
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

/** Programmes are public: the module's reads need no row rule. */
export function programmeLoaders({ db }: LoaderRequest<typeof dbSchema>) {
  const byId = createLoader((ids: readonly string[]) => rowsById(db, programmes, ids));
  return {
    list: (args: NestedArgs<ProgrammeFilter>) => listConnection(db, programmes, { where: programmeConditions(db, args.filter), orderBy: order, prime: byId }, args),
    byId,
    /** Codes of the regions enrolled in each programme, in code order. */
    regionCodes: createLoader(async (programmeIds: readonly string[]) => {
      const groups = await groupsByUuid(
        programmeIds,
        (valid) => db
          .select({ programmeId: programmeRegions.programmeId, regionCode: programmeRegions.regionCode })
          .from(programmeRegions)
          .where(anyOf(programmeRegions.programmeId, valid))
          .orderBy(asc(programmeRegions.regionCode)),
        (row) => row.programmeId,
      );
      return groups.map((group) => group.map((row) => row.regionCode));
    }),
  };
}
