import DataLoader from 'dataloader';
import { and, getTableColumns, gt, inArray, lte, sql, count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { argumentsKey, type Page } from './pagination.js';

// Bounded so one `= ANY`/`IN` list stays well under PostgreSQL's 65535 bind parameters.
const MAX_BATCH_SIZE = 1000;

/** A DataLoader with the project's defaults; batch functions must answer in key order. */
export function createLoader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: MAX_BATCH_SIZE });
}

/** Orders rows by the keys that asked for them; a key with no row gets null. */
export function byKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const found = new Map<K, T>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups rows under the keys that asked for them, in key order; a key with no row gets []. */
export function groupByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Loaders whose batch depends on field arguments (a nested connection's page and filter):
 * one DataLoader per distinct argument set, all living only as long as the request.
 */
export class ArgumentLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V, A>(name: string, args: A, batch: (keys: readonly K[], args: A) => Promise<V[]>): DataLoader<K, V> {
    const id = `${name}:${argumentsKey(args)}`;
    let loader = this.loaders.get(id) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = createLoader<K, V>((keys) => batch(keys, args));
      this.loaders.set(id, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

type AnyDatabase = PostgresJsDatabase<Record<string, unknown>>;

/**
 * One statement that returns a page of child rows for every parent at once: rows are numbered
 * per parent with row_number() and the window [offset, offset + limit + 1) is kept, so a list
 * of 200 parents costs the same single query as a list of 1.
 */
export async function selectPagePerParent<TRow extends Record<string, unknown>>(
  db: AnyDatabase,
  options: {
    table: PgTable;
    parentColumn: PgColumn;
    parentKeys: readonly string[];
    where?: SQL | undefined;
    orderBy: SQL[];
    page: Page;
  },
): Promise<TRow[]> {
  const { table, parentColumn, parentKeys, where, orderBy, page } = options;
  const numbered = db
    .select({
      ...getTableColumns(table),
      rowNumber: sql<number>`row_number() over (partition by ${parentColumn} order by ${sql.join(orderBy, sql`, `)})`.as('row_number'),
    })
    .from(table)
    .where(and(inArray(parentColumn, [...parentKeys]), where))
    .as('numbered');
  const rows = await db
    .select()
    .from(numbered)
    .where(and(gt(numbered.rowNumber, page.offset), lte(numbered.rowNumber, page.offset + page.limit + 1)))
    .orderBy(numbered.rowNumber);
  return rows as unknown as TRow[];
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
    .where(and(inArray(parentColumn, [...parentKeys]), where))
    .groupBy(parentColumn);
  const totals = new Map(rows.map((row) => [row.parent as string, row.total]));
  return parentKeys.map((key) => totals.get(key) ?? 0);
}
