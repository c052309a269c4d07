import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { createLoader, searchColumns, type ArgumentLoaders, type Connection, type Page, type PageArgs } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { rowsByUuid } from '../../shared/lookups.js';
import { staffMembers } from '../../db/schema.js';
import type { StaffMemberFilter } from '../../generated/resolvers-types.js';
import { nestedConnection, type ChildList } from '../../shared/connections.js';

export type StaffMemberRow = typeof staffMembers.$inferSelect;
export type StaffMemberConnectionModel = Connection<StaffMemberRow>;

const order = [asc(staffMembers.fullName), asc(staffMembers.id)];

export function staffMemberConditions(filter: StaffMemberFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode != null ? eq(staffMembers.regionCode, filter.regionCode) : undefined,
    filter.department != null ? eq(staffMembers.department, filter.department) : undefined,
    filter.corps != null ? eq(staffMembers.corps, filter.corps) : undefined,
    searchColumns(filter.search, [staffMembers.fullName]),
  );
}

export async function listStaffMembers(db: RegionDatabase, filter: StaffMemberFilter | null | undefined, page: Page): Promise<StaffMemberRow[]> {
  return db.select().from(staffMembers).where(staffMemberConditions(filter)).orderBy(...order).limit(page.limit + 1).offset(page.offset);
}

export async function countStaffMembers(db: RegionDatabase, filter: StaffMemberFilter | null | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(staffMembers).where(staffMemberConditions(filter));
  return row?.total ?? 0;
}

const byRegion: ChildList<StaffMemberRow> = {
  name: 'staffMembers.byRegion',
  table: staffMembers,
  parentColumn: staffMembers.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
};

export function createStaffMemberLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(staffMembers).where(inArray(staffMembers.id, valid)), (row) => row.id),
    ),
    ofRegion: (regionCode: string, args: PageArgs & { filter?: StaffMemberFilter | null }) =>
      nestedConnection(db, argumentLoaders, byRegion, regionCode, {
        ...args,
        filterKey: args.filter ?? null,
        where: staffMemberConditions(args.filter),
      }),
  };
}
