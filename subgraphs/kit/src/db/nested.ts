import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { groupByKey, type ArgumentLoaders } from './loaders.js';
import { foreignCursor, toConnection, toPage, type Connection, type PageArgs } from './pagination.js';
import { countPerParent, selectPagePerParent, type AnyDatabase, type TableOf } from './queries.js';
import type { SortKey } from './sorting.js';

/** How one kind of child row hangs off its parent (sessions of an expert, enrollments of a session…). */
export interface ChildList<TRow, TFilter = never> {
  /** Unique per ArgumentLoaders: names the per-argument loaders. */
  name: string;
  table: TableOf<TRow>;
  parentColumn: PgColumn;
  parentOf(row: TRow): string | null;
  /** Must end with a unique tie-breaker, so offsets (cursors) are stable. */
  orderBy: readonly SortKey[];
  /**
   * The field's `filter` argument as SQL on `table`. It runs before the loader is picked, so a
   * bad filter fails as BAD_USER_INPUT before any SQL, and it sees nothing but the filter: the
   * loader it feeds is shared by every parent asking with that filter.
   */
  where?(filter: TFilter | null): SQL | undefined;
}

/**
 * A child list stored as link rows (programme ↔ region, practice ↔ adopting region): the page
 * is taken over the links, then `nodesOf` turns one parent's links into the rows they point at.
 * Built per request when `nodesOf` goes through the request's loaders.
 */
export interface LinkList<TLink, TNode, TFilter = never> extends ChildList<TLink, TFilter> {
  nodesOf(links: TLink[]): Promise<TNode[]>;
}

/** The arguments of a nested connection field, as the generated resolver types give them. */
export type NestedArgs<TFilter = never> = PageArgs & { filter?: TFilter | null | undefined };

/**
 * A nested connection through per-argument loaders: all parents asking for the same page and
 * filter share one page statement and (only if totalCount is selected) one count statement.
 */
export function nestedConnection<TRow, TFilter = never>(
  db: AnyDatabase,
  argumentLoaders: ArgumentLoaders,
  list: ChildList<TRow, TFilter>,
  parentKey: string,
  args: NestedArgs<TFilter>,
): Promise<Connection<TRow>> {
  return pagedChildren(db, argumentLoaders, list, async (rows) => rows, parentKey, args);
}

/** nestedConnection over link rows; counts (and cursors) are positions among the links. */
export function linkedConnection<TLink, TNode, TFilter = never>(
  db: AnyDatabase,
  argumentLoaders: ArgumentLoaders,
  list: LinkList<TLink, TNode, TFilter>,
  parentKey: string,
  args: NestedArgs<TFilter>,
): Promise<Connection<TNode>> {
  return pagedChildren(db, argumentLoaders, list, (links) => list.nodesOf(links), parentKey, args);
}

async function pagedChildren<TRow, TNode, TFilter>(
  db: AnyDatabase,
  argumentLoaders: ArgumentLoaders,
  list: ChildList<TRow, TFilter>,
  nodesOf: (rows: TRow[]) => Promise<TNode[]>,
  parentKey: string,
  args: NestedArgs<TFilter>,
): Promise<Connection<TNode>> {
  const page = toPage(args);
  // Pages of a nested list are windows per parent, so their cursors are positions.
  if (page.after) throw foreignCursor('after');
  const filter = args.filter ?? null;
  const where = list.where?.(filter);
  const { table, parentColumn, orderBy } = list;
  const nodes = await argumentLoaders
    .get(`${list.name}:page`, { page, filter }, async (keys: readonly string[]) => {
      const rows = await selectPagePerParent(db, { table, parentColumn, parentKeys: keys, where, orderBy, page });
      // Mapped inside the batch so every parent's page resolves at once: the linked-row loads
      // and any totalCount loads that follow then batch across parents too.
      return Promise.all(groupByKey<string | null, TRow>(keys, rows, list.parentOf).map(nodesOf));
    })
    .load(parentKey);
  return toConnection(nodes, page, () =>
    argumentLoaders
      .get(`${list.name}:count`, { filter }, (keys: readonly string[]) =>
        countPerParent(db, { table, parentColumn, parentKeys: keys, where }),
      )
      .load(parentKey),
  );
}
