import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { countRows, createLoader, groupByKey, groupsByUuid, rowsByUuid, searchColumns, selectPage, type Connection, type Page } from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { ministryCommitments, partnerships, signatories } from '../../db/schema.js';
import type { PartnershipFilter } from '../../generated/resolvers-types.js';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type SignatoryRow = typeof signatories.$inferSelect;
export type MinistryCommitmentRow = typeof ministryCommitments.$inferSelect;
export type PartnershipConnectionModel = Connection<PartnershipRow>;

// Latest convention first; the id breaks ties so cursors stay stable.
const newestFirst = [desc(partnerships.signedIn), asc(partnerships.id)];

function matching(filter: PartnershipFilter | null | undefined): SQL | undefined {
  return and(
    filter?.regionCode ? eq(partnerships.regionCode, filter.regionCode) : undefined,
    searchColumns(filter?.search, [partnerships.titleFr, partnerships.titleAr]),
  );
}

export async function listPartnerships(
  db: MinistryDatabase,
  filter: PartnershipFilter | null | undefined,
  page: Page,
): Promise<PartnershipRow[]> {
  return selectPage(db, partnerships, { where: matching(filter), orderBy: newestFirst, page });
}

export async function countPartnerships(db: MinistryDatabase, filter: PartnershipFilter | null | undefined): Promise<number> {
  return countRows(db, partnerships, matching(filter));
}

export function createPartnershipLoaders(db: MinistryDatabase) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(partnerships).where(inArray(partnerships.id, valid)), (row) => row.id),
    ),
    /** A region's conventions, newest first (the first is "the" current one). */
    byRegion: createLoader(async (codes: readonly string[]) => {
      const rows = await db
        .select()
        .from(partnerships)
        .where(inArray(partnerships.regionCode, [...codes]))
        .orderBy(...newestFirst);
      return groupByKey(codes, rows, (row) => row.regionCode);
    }),
    signatories: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(signatories).where(inArray(signatories.partnershipId, valid)).orderBy(asc(signatories.position)),
        (row) => row.partnershipId,
      ),
    ),
    ministryCommitments: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(ministryCommitments).where(inArray(ministryCommitments.partnershipId, valid))
          .orderBy(asc(ministryCommitments.position)),
        (row) => row.partnershipId,
      ),
    ),
  };
}
