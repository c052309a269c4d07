import type { SQL } from 'drizzle-orm';
import { createLoader, listConnection, referenceRegion, searchColumns, type NestedArgs, ascending } from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { regions } from '../../db/schema.js';
import type { RegionFilter } from '../../generated/resolvers-types.js';

export type RegionRow = typeof regions.$inferSelect;

function matching(filter: RegionFilter | null | undefined): SQL | undefined {
  return searchColumns(filter?.search, [regions.nameFr, regions.nameAr]);
}

/** Regions are reference data, public to read. */
export function regionLoaders({ db }: LoaderRequest<typeof dbSchema>) {
  return {
    list: (args: NestedArgs<RegionFilter>) => listConnection(db, regions, { where: matching(args.filter), orderBy: [ascending(regions.code)] }, args),
    // The kit's reference rows, which every start writes into this table: the region of every
    // session, document or staff member in an answer costs no statement.
    byCode: createLoader(async (codes: readonly string[]) => codes.map((code) => referenceRegion(code) ?? null)),
  };
}
