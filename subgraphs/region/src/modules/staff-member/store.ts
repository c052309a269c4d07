import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { readableRows } from '#kit/auth';
import {
  ascending, type ChildList, createLoader, listConnection, type NestedArgs, nestedConnection,
  type OrderArgument, orderFor, rowsById, sameText, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { staffMembers } from '../../db/schema.js';
import type { StaffMemberFilter } from '../../generated/resolvers-types.js';
import { staffMemberRows } from './access.js';

export type StaffMemberRow = typeof staffMembers.$inferSelect;

const order = [ascending(staffMembers.fullName), ascending(staffMembers.id)];
const sortable = { FULL_NAME: staffMembers.fullName, DEPARTMENT: staffMembers.department, CORPS: staffMembers.corps, GRADE: staffMembers.grade };

export function staffMemberConditions(filter: StaffMemberFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode != null ? eq(staffMembers.regionCode, filter.regionCode) : undefined,
    filter.department != null ? sameText(staffMembers.department, filter.department) : undefined,
    filter.corps != null ? sameText(staffMembers.corps, filter.corps) : undefined,
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
    list: (args: NestedArgs<StaffMemberFilter> & { orderBy?: OrderArgument<keyof typeof sortable> | null }) =>
      listConnection(db, staffMembers, { where: where(args.filter), orderBy: orderFor(args.orderBy, sortable, order, staffMembers.id) }, args),
    byId: createLoader((ids: readonly string[]) => rowsById(db, staffMembers, ids, readable)),
    ofRegion: (regionCode: string, args: NestedArgs<StaffMemberFilter>) =>
      nestedConnection(db, argumentLoaders, { ...byRegion, where }, regionCode, args),
    /** Values with counts, computed in SQL over the rows the caller may read. */
    facets: async (regionCode: string | null | undefined) => {
      const scoped = and(regionCode != null ? eq(staffMembers.regionCode, regionCode) : undefined, readable);
      const valuesOf = (column: typeof staffMembers.department | typeof staffMembers.corps | typeof staffMembers.grade) =>
        db.select({ value: column, count: count() }).from(staffMembers).where(scoped).groupBy(column).orderBy(desc(count()), asc(column));
      const [departments, corps, grades] = await Promise.all([valuesOf(staffMembers.department), valuesOf(staffMembers.corps), valuesOf(staffMembers.grade)]);
      return { departments, corps, grades };
    },
  };
}
