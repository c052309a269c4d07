import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { byKey, createLoader, groupByKey, searchColumns, uuidKeys, type Connection, type Page } from '#kit';
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
  return db
    .select()
    .from(partnerships)
    .where(matching(filter))
    .orderBy(...newestFirst)
    .limit(page.limit + 1)
    .offset(page.offset);
}

export async function countPartnerships(db: MinistryDatabase, filter: PartnershipFilter | null | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(partnerships).where(matching(filter));
  return row?.total ?? 0;
}

export function createPartnershipLoaders(db: MinistryDatabase) {
  return {
    byId: createLoader(async (ids: readonly string[]) => {
      const valid = uuidKeys(ids);
      const rows = valid.length ? await db.select().from(partnerships).where(inArray(partnerships.id, valid)) : [];
      return byKey(ids.map((id) => id.toLowerCase()), rows, (row) => row.id);
    }),
    /** A region's conventions, newest first (the first is "the" current one). */
    byRegion: createLoader(async (codes: readonly string[]) => {
      const rows = await db
        .select()
        .from(partnerships)
        .where(inArray(partnerships.regionCode, [...codes]))
        .orderBy(...newestFirst);
      return groupByKey(codes, rows, (row) => row.regionCode);
    }),
    signatories: createLoader(async (partnershipIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(signatories)
        .where(inArray(signatories.partnershipId, [...partnershipIds]))
        .orderBy(asc(signatories.position));
      return groupByKey(partnershipIds, rows, (row) => row.partnershipId);
    }),
    ministryCommitments: createLoader(async (partnershipIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(ministryCommitments)
        .where(inArray(ministryCommitments.partnershipId, [...partnershipIds]))
        .orderBy(asc(ministryCommitments.position));
      return groupByKey(partnershipIds, rows, (row) => row.partnershipId);
    }),
  };
}
