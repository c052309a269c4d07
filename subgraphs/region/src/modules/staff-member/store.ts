import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { readableRows } from '#kit/auth';
import { createLoader, listConnection, nestedConnection, rowsByUuid, searchColumns, type ChildList, type NestedArgs } from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { staffMembers } from '../../db/schema.js';
import type { StaffMemberFilter } from '../../generated/resolvers-types.js';
import { staffMemberRows } from './access.js';

export type StaffMemberRow = typeof staffMembers.$inferSelect;

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

const byRegion: ChildList<StaffMemberRow, StaffMemberFilter> = {
  name: 'staffMembers.byRegion',
  table: staffMembers,
  parentColumn: staffMembers.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
};

/** The module's per-request reads: every one ANDs the caller's read rule into its SQL. */
export function staffMemberLoaders({ db, scope, argumentLoaders }: LoaderRequest<typeof dbSchema>) {
  const readable = readableRows(staffMemberRows, scope);
  const where = (filter: StaffMemberFilter | null | undefined) => and(staffMemberConditions(filter), readable);
  return {
    list: (args: NestedArgs<StaffMemberFilter>) => listConnection(db, staffMembers, { where: where(args.filter), orderBy: order }, args),
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(staffMembers).where(and(inArray(staffMembers.id, valid), readable)), (row) => row.id),
    ),
    ofRegion: (regionCode: string, args: NestedArgs<StaffMemberFilter>) =>
      nestedConnection(db, argumentLoaders, { ...byRegion, where }, regionCode, args),
  };
}
