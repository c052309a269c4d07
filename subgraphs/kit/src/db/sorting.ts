import { and, asc, desc, is, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';

/**
 * One key of a list's order. Lists keep their keys as data (not finished ORDER BY SQL) so a
 * page can resume *after* a row by comparing keys (seek pagination): page 1,000 then costs an
 * index range scan, as page 1 does, where an offset would read and drop every row before it.
 */
export interface SortKey {
  by: PgColumn | SQL;
  direction: 'asc' | 'desc';
  /** PostgreSQL puts NULLs last ascending and first descending; the seek must do the same. */
  nullable: boolean;
}

/** A column knows whether it can be null; SQL over the row is taken as nullable unless said. */
export function ascending(by: PgColumn | SQL, options: { nullable?: boolean } = {}): SortKey {
  return { by, direction: 'asc', nullable: options.nullable ?? (is(by, PgColumn) ? !by.notNull : true) };
}

export function descending(by: PgColumn | SQL, options: { nullable?: boolean } = {}): SortKey {
  return { ...ascending(by, options), direction: 'desc' };
}

export function orderByOf(keys: readonly SortKey[]): SQL[] {
  return keys.map((key) => (key.direction === 'asc' ? asc(key.by) : desc(key.by)));
}

/** The keys of each row as text, selected beside the row to become its cursor. */
export function cursorKeysOf(keys: readonly SortKey[]): SQL<(string | null)[]> {
  // JSON, not a text[]: the driver reads a NULL inside an array literal back as the string "NULL".
  return sql<(string | null)[]>`json_build_array(${sql.join(keys.map((key) => sql`(${key.by})::text`), sql`, `)})`;
}

/**
 * Rows that come after the row whose keys were `values`, in the order of `keys`. The values
 * travel as untyped parameters, so PostgreSQL reads each as its key's own type. When every key is
 * non-null and sorted the same way this is one row comparison, which a btree index on the keys
 * answers by seeking; otherwise it spells out "equal on the keys before, past on this one".
 */
export function seekAfter(keys: readonly SortKey[], values: readonly (string | null)[]): SQL {
  const sameWay = keys.every((key) => key.direction === keys[0]!.direction);
  if (sameWay && keys.every((key, index) => !key.nullable && values[index] !== null)) {
    const row = (items: SQL[]) => sql`(${sql.join(items, sql`, `)})`;
    const operator = keys[0]!.direction === 'asc' ? sql`>` : sql`<`;
    return sql`${row(keys.map((key) => sql`${key.by}`))} ${operator} ${row(values.map((value) => sql`${value}`))}`;
  }
  const branches = keys.map((key, index) => and(...keys.slice(0, index).map((before, at) => equal(before, values[at]!)), past(key, values[index]!)));
  const first = keys[0]!;
  // The leading key's bound, said on its own, lets the planner start an index scan there.
  const bound = !first.nullable && values[0] !== null ? (first.direction === 'asc' ? sql`${first.by} >= ${values[0]}` : sql`${first.by} <= ${values[0]}`) : undefined;
  return and(bound, or(...branches))!;
}

// Raw comparisons, not drizzle's eq/gt: those would pass the text through the column's encoder
// (a timestamp column's expects a Date); an untyped parameter is read by PostgreSQL instead.
function equal(key: SortKey, value: string | null): SQL {
  return value === null ? isNull(key.by) : sql`${key.by} = ${value}`;
}

function past(key: SortKey, value: string | null): SQL {
  if (key.direction === 'asc') {
    // NULLs sort last: past a value are greater values and every NULL; past a NULL, nothing.
    if (value === null) return sql`false`;
    return key.nullable ? or(sql`${key.by} > ${value}`, isNull(key.by))! : sql`${key.by} > ${value}`;
  }
  // Descending, NULLs come first: past a NULL is every value; past a value, smaller ones.
  if (value === null) return isNotNull(key.by);
  return sql`${key.by} < ${value}`;
}
