import { and, asc, eq, type SQL } from 'drizzle-orm';
import {
  anyOf, ascending, createLoader, descending, groupByKey, groupsByUuid, listConnection, type NestedArgs,
  orderByOf, rowsById, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { partnerships, signatories } from '../../db/schema.js';
import type { PartnershipFilter } from '../../generated/resolvers-types.js';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type SignatoryRow = typeof signatories.$inferSelect;

// Latest convention first; the id breaks ties so cursors stay stable.
const newestFirst = [descending(partnerships.signedIn), ascending(partnerships.id)];

export function partnershipConditions(filter: PartnershipFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode ? eq(partnerships.regionCode, filter.regionCode) : undefined,
    searchColumns(filter.search, [partnerships.titleFr, partnerships.titleAr]),
  );
}

/** Conventions are public: the module's reads need no row rule. */
export function partnershipLoaders({ db }: LoaderRequest<typeof dbSchema>) {
  const byId = createLoader((ids: readonly string[]) => rowsById(db, partnerships, ids));
  return {
    list: (args: NestedArgs<PartnershipFilter>) => listConnection(db, partnerships, { where: partnershipConditions(args.filter), orderBy: newestFirst, prime: byId }, args),
    byId,
    /** A region's conventions, newest first (the first is "the" current one). */
    byRegion: createLoader(async (codes: readonly string[]) => {
      const rows = await db
        .select()
        .from(partnerships)
        .where(anyOf(partnerships.regionCode, codes))
        .orderBy(...orderByOf(newestFirst));
      return groupByKey(codes, rows, (row) => row.regionCode);
    }),
    signatories: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(signatories).where(anyOf(signatories.partnershipId, valid)).orderBy(asc(signatories.position)),
        (row) => row.partnershipId,
      ),
    ),
  };
}
