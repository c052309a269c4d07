import { and, asc, count, desc, getTableColumns, gt, lte, sql, type ColumnBaseConfig, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUUID } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { postgresCode } from '../errors/index.js';
import { countersOf } from './database.js';
import { rowsByUuid } from './loaders.js';
import { encodeKeysCursor, foreignCursor, toConnection, toPage, type Connection, type Page, type PageArgs } from './pagination.js';
import { ascending, cursorKeysOf, descending, orderByOf, seekAfter, type SortKey } from './sorting.js';

/** Any subgraph's database: these statements only need the table objects they are given. */
export type AnyDatabase = PostgresJsDatabase<Record<string, unknown>>;

/**
 * A table whose rows are `TRow`. Taking the table this way (rather than a bare PgTable) lets
 * the row type be inferred from the table itself, so a caller cannot claim the wrong row shape.
 */
export type TableOf<TRow> = PgTable & { $inferSelect: TRow };

/**
 * A page of a top-level list: `limit + 1` rows after the page's cursor, so toConnection can see
 * ahead, each with its sort keys as text (its cursor). A cursor of keys seeks; an offset cursor
 * (handed out before lists moved to keys) still resumes where it pointed.
 */
export async function selectPage<TRow>(
  db: AnyDatabase,
  table: TableOf<TRow>,
  options: { where?: SQL | undefined; orderBy: readonly SortKey[]; page: Page },
): Promise<{ row: TRow; keys: (string | null)[] }[]> {
  const { where, orderBy, page } = options;
  if (page.after && page.after.length !== orderBy.length) throw foreignCursor('after');
  const seek = page.after ? seekAfter(orderBy, page.after) : undefined;
  let rows;
  try {
    rows = await db
      .select({ row: getTableColumns(table as PgTable), keys: cursorKeysOf(orderBy) })
      .from(table as PgTable)
      .where(and(where, seek))
      .orderBy(...orderByOf(orderBy))
      .limit(page.limit + 1)
      .offset(page.offset);
  } catch (error) {
    // A cursor's keys are text the database reads as the keys' types; a forged one that does not
    // read (class 22, data exception) is the client's mistake.
    if (page.after && postgresCode(error)?.startsWith('22')) throw foreignCursor('after');
    throw error;
  }
  countersOf(db)?.chargeRows(rows.length);
  // `select()` over a generic table loses its columns' types; the table pins them to TRow.
  return rows as { row: TRow; keys: (string | null)[] }[];
}

/**
 * A top-level list as a Relay connection: the page the arguments ask for, and the total count
 * only if the client selects it. Every `Query` list field is one call to this.
 */
export async function listConnection<TRow>(
  db: AnyDatabase,
  table: TableOf<TRow>,
  query: {
    where?: SQL | undefined;
    /** Must end with a unique tie-breaker, so a cursor names one place in the list. */
    orderBy: readonly SortKey[];
    /** The by-id loader of the same rows: what the list read is what a lookup would read. */
    prime?: { prime(id: string, row: NoInfer<TRow>): unknown };
  },
  args: PageArgs,
): Promise<Connection<TRow>> {
  const page = toPage(args);
  const found = await selectPage(db, table, { where: query.where, orderBy: query.orderBy, page });
  const connection = toConnection(
    found.map(({ row }) => row),
    page,
    () => countRows(db, table, query.where),
    (_row, index) => encodeKeysCursor(found[index]!.keys),
  );
  if (query.prime) for (const row of connection.nodes) query.prime.prime((row as { id: string }).id, row);
  return connection;
}

/** The size of a top-level list, for a connection's lazy totalCount. */
export async function countRows(db: AnyDatabase, table: PgTable, where?: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(table).where(where);
  return row?.total ?? 0;
}

/**
 * One statement that returns a page of child rows for every parent at once: for each parent key
 * a LATERAL subquery takes its rows in order with LIMIT/OFFSET, so PostgreSQL stops at the
 * page's end (an index on the parent and sort keys makes it a short index scan) instead of
 * numbering every child of every parent before keeping a window. A list of 200 parents costs
 * one statement, like a list of 1, and its text is the same for any number of parents (the keys
 * are one array parameter), so it runs prepared.
 */
export async function selectPagePerParent<TRow>(
  db: AnyDatabase,
  options: {
    table: TableOf<TRow>;
    parentColumn: PgColumn;
    parentKeys: readonly string[];
    where?: SQL | undefined;
    orderBy: readonly SortKey[];
    page: Page;
  },
): Promise<TRow[]> {
  const { table, parentColumn, parentKeys, where, orderBy, page } = options;
  const columns = getTableColumns(table as PgTable);
  const order = orderByOf(orderBy);
  const parents = sql`unnest(${sql.param([...parentKeys])}::${sql.raw(parentColumn.getSQLType())}[]) as parents(key)`;
  const pageOfParent = db
    .select({ ...columns, rowNumber: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('row_number') })
    .from(table as PgTable)
    .where(and(sql`${parentColumn} = parents.key`, regionKeysRepeated(columns, parentColumn, parentKeys), where))
    .orderBy(...order)
    .limit(page.limit + 1)
    .offset(page.offset)
    .as('numbered');
  // The table's own columns, read back through the subquery so drizzle decodes them as usual.
  const numbered = pageOfParent as unknown as Record<string, PgColumn>;
  const rows = await db
    .select(Object.fromEntries(Object.keys(columns).map((name) => [name, numbered[name]!])))
    .from(parents)
    .crossJoinLateral(pageOfParent)
    .orderBy(pageOfParent.rowNumber);
  countersOf(db)?.chargeRows(rows.length);
  return rows as unknown as TRow[];
}

/**
 * A page per region (the parent is the table's `regionCode`) repeats the codes as a condition on
 * the table itself, so the planner can skip a table it proves holds none of these regions (a
 * region kept on its own server, whose foreign tables carry `CHECK (region_code = …)`:
 * docs/regions.md); the lateral key alone is not a value it can compare. Only there: for any
 * other parent (a programme, a session) the repeated keys add nothing and mislead the planner,
 * which multiplies the two conditions' selectivities and reads every child of each parent
 * through a bitmap and sorts them instead of stopping at the page's end (1.7 against 0.2 ms for
 * 20 programmes' first sessions on 100× the demo data).
 */
function regionKeysRepeated(columns: Record<string, PgColumn>, parentColumn: PgColumn, parentKeys: readonly string[]): SQL | undefined {
  return parentColumn === columns.regionCode ? anyOf(parentColumn, parentKeys) : undefined;
}

/**
 * `column = any($1)`: the keys of a batch (a loader's ids, a page's parents) as one array
 * parameter instead of drizzle's `in ($1, $2, …)`, so the statement's text is the same however
 * many keys there are and it runs prepared (database.ts) — one round trip, planned once per
 * connection. An empty list matches nothing.
 */
export function anyOf(column: PgColumn, values: readonly unknown[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(column.getSQLType())}[])`;
}

/**
 * A by-id loader's batch: the rows of `table` whose `id` is one of `ids`, in key order (null
 * where none, or where `where` — the caller's row rule — hides it). One prepared statement for
 * any batch (`anyOf`); malformed ids never reach SQL, so the `id` must be a uuid column.
 */
export function rowsById<TRow extends { id: string }>(
  db: AnyDatabase,
  table: TableOf<TRow> & { id: PgUUID<ColumnBaseConfig<'string', 'PgUUID'>> },
  ids: readonly string[],
  where?: SQL | undefined,
): Promise<(TRow | null)[]> {
  return rowsByUuid(ids, (valid) => db.select().from(table as PgTable).where(and(anyOf(table.id, valid), where)) as Promise<TRow[]>, (row) => row.id);
}

/** Counts child rows per parent in one statement; parents with none get 0. */
export async function countPerParent(
  db: AnyDatabase,
  options: { table: PgTable; parentColumn: PgColumn; parentKeys: readonly string[]; where?: SQL | undefined },
): Promise<number[]> {
  const { table, parentColumn, parentKeys, where } = options;
  const rows = await db
    .select({ parent: parentColumn, total: count() })
    .from(table)
    .where(and(anyOf(parentColumn, parentKeys), where))
    .groupBy(parentColumn);
  const totals = new Map(rows.map((row) => [row.parent as string, row.total]));
  return parentKeys.map((key) => totals.get(key) ?? 0);
}

/** A list's `orderBy` argument: a field of the list's own enum, and a direction. */
export interface OrderArgument<TField extends string> {
  field: TField;
  direction?: 'ASC' | 'DESC' | null;
}

/**
 * The order of a list: the chosen field (its column, or SQL over the row), then the unique
 * tie-breaker, so cursors stay stable; the list's default order without `orderBy`.
 */
export function orderFor<TField extends string>(
  choice: OrderArgument<TField> | null | undefined,
  fields: Record<TField, PgColumn | SQL>,
  fallback: readonly SortKey[],
  tieBreaker: PgColumn,
): readonly SortKey[] {
  if (!choice) return fallback;
  const by = choice.direction === 'DESC' ? descending : ascending;
  return [by(fields[choice.field]), by(tieBreaker)];
}

/**
 * A statistics answer: the figures of everything the filter selects (no dimension) and one
 * group per combination of the asked dimensions, computed by the same grouped statement.
 */
export interface TotalsAndGroups<TRow> {
  totals: TRow;
  groups: TRow[];
}

export async function totalsAndGroups<TRow, TDimension>(
  compute: (groupBy: readonly TDimension[]) => Promise<TRow[]>,
  groupBy: readonly TDimension[] | null | undefined,
): Promise<TotalsAndGroups<TRow>> {
  const [[totals], groups] = await Promise.all([compute([]), compute(groupBy ?? [])]);
  return { totals: totals!, groups };
}

/**
 * The dimensions a statistics field groups by, as one GROUP BY: the key columns to select, group
 * and order by (largest group first), and each result row's keys with null for the dimensions
 * not asked.
 */
export function grouping<TDimension extends string, TKey extends string>(
  dimensions: Record<TDimension, { key: TKey; column: PgColumn }>,
  groupBy: readonly TDimension[],
) {
  const chosen = [...new Set(groupBy)].map((dimension) => dimensions[dimension]);
  const allKeys = Object.values<{ key: TKey }>(dimensions).map(({ key }) => key);
  return {
    select: Object.fromEntries(chosen.map(({ key, column }) => [key, column])) as Record<string, PgColumn>,
    groupBy: chosen.map(({ column }) => column),
    orderBy: [desc(sql`count(*)`), ...chosen.map(({ column }) => asc(column))],
    keysOf: (row: Record<string, unknown>) =>
      Object.fromEntries(allKeys.map((key) => [key, (row[key] as string | undefined) ?? null])) as Record<TKey, string | null>,
  };
}
