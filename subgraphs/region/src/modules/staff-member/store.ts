import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  countRows, createLoader, nestedConnection, rowsByUuid, searchColumns, selectPage,
  type ArgumentLoaders, type ChildList, type Connection, type NestedArgs, type Page,
} from '#kit';
import type { RowScope } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { staffScope } from '../../access.js';
import { staffMembers } from '../../db/schema.js';
import type { StaffMemberFilter } from '../../generated/resolvers-types.js';

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

export async function listStaffMembers(db: RegionDatabase, scope: RowScope, filter: StaffMemberFilter | null | undefined, page: Page): Promise<StaffMemberRow[]> {
  return selectPage(db, staffMembers, { where: and(staffMemberConditions(filter), staffScope(scope)), orderBy: order, page });
}

export async function countStaffMembers(db: RegionDatabase, scope: RowScope, filter: StaffMemberFilter | null | undefined): Promise<number> {
  return countRows(db, staffMembers, and(staffMemberConditions(filter), staffScope(scope)));
}

const byRegion: ChildList<StaffMemberRow, StaffMemberFilter> = {
  name: 'staffMembers.byRegion',
  table: staffMembers,
  parentColumn: staffMembers.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
  where: staffMemberConditions,
};

export function createStaffMemberLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders, scope: RowScope) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(staffMembers).where(and(inArray(staffMembers.id, valid), staffScope(scope))), (row) => row.id),
    ),
    ofRegion: (regionCode: string, args: NestedArgs<StaffMemberFilter>) =>
      nestedConnection(db, argumentLoaders, { ...byRegion, where: (filter) => and(staffMemberConditions(filter), staffScope(scope)) }, regionCode, args),
  };
}
