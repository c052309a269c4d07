import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  countPerParent, groupByKey, selectPagePerParent, toConnection, toPage,
  type ArgumentLoaders, type Connection, type PageArgs,
} from '#kit';
import type { RegionDatabase } from '../context.js';

/** How one kind of child row hangs off its parent (sessions of an expert, enrollments of a session…). */
export interface ChildList<TRow> {
  /** Unique per list: names the per-argument loaders. */
  name: string;
  table: PgTable;
  parentColumn: PgColumn;
  parentOf(row: TRow): string | null;
  orderBy: SQL[];
}

/**
 * A nested connection through per-argument loaders: all parents asking for the same page and
 * filter share one page statement and (only if totalCount is selected) one count statement.
 * `where` must be derived from `filterKey` alone, since the loader is shared by that key.
 */
export async function nestedConnection<TRow extends Record<string, unknown>>(
  db: RegionDatabase,
  argumentLoaders: ArgumentLoaders,
  list: ChildList<TRow>,
  parentKey: string,
  args: PageArgs & { filterKey?: unknown; where?: SQL | undefined },
): Promise<Connection<TRow>> {
  const page = toPage(args);
  const { where, filterKey = null } = args;
  const rows = await argumentLoaders
    .get(`${list.name}:page`, { page, filterKey }, async (keys: readonly string[]) =>
      groupByKey(
        keys,
        await selectPagePerParent<TRow>(db, { table: list.table, parentColumn: list.parentColumn, parentKeys: keys, where, orderBy: list.orderBy, page }),
        list.parentOf,
      ),
    )
    .load(parentKey);
  return toConnection(rows, page, () =>
    argumentLoaders
      .get(`${list.name}:count`, { filterKey }, (keys: readonly string[]) =>
        countPerParent(db, { table: list.table, parentColumn: list.parentColumn, parentKeys: keys, where }),
      )
      .load(parentKey),
  );
}
