import { or, sql, type SQL } from 'drizzle-orm';
import { index, type ExtraConfigColumn, type PgColumn } from 'drizzle-orm/pg-core';
import { badUserInput } from '../errors/index.js';

// Input checks every store shares. They run before any SQL, so a bad argument becomes a
// BAD_USER_INPUT naming the argument, never a PostgreSQL cast error.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The keys a uuid loader may send to SQL, lower-cased as PostgreSQL returns them. */
export function uuidKeys(keys: readonly string[]): string[] {
  return keys.filter(isUuid).map((key) => key.toLowerCase());
}

/**
 * The one id rule: a malformed id in any argument (a filter, a mutation's input) is
 * BAD_USER_INPUT naming the argument, before any SQL. Returns the id lower-cased as stored.
 * (Lookups by id answer null instead: see rowsByUuid.)
 */
export function requireId(value: string, argumentName: string): string {
  if (!isUuid(value)) throw badUserInput(`\`${argumentName}\` must be an id (a UUID); got ${JSON.stringify(value)}.`, argumentName);
  return value.toLowerCase();
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Case- and accent-insensitive substring match on any of the columns ("fes" finds "Fès");
 * a blank search matches everything. f_unaccent comes with every database (kit/sql/unaccent.sql).
 */
export function searchColumns(search: string | null | undefined, columns: PgColumn[]): SQL | undefined {
  const trimmed = search?.trim();
  if (!trimmed) return undefined;
  const pattern = `%${escapeLike(trimmed)}%`;
  return or(...columns.map((column) => sql`f_unaccent(${column}) ilike f_unaccent(${pattern})`));
}

/** Case- and accent-insensitive equality: "Ressources humaines" matches "ressources HUMAINES". */
export function sameText(column: PgColumn, value: string): SQL {
  return sql`lower(f_unaccent(${column})) = lower(f_unaccent(${value.trim()}))`;
}

/** Rejects an empty range; ISO dates compare correctly as text. */
export function requireDateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  fromName: string,
  toName: string,
): void {
  if (from && to && from > to) {
    throw badUserInput(`\`${fromName}\` (${from}) must not be after \`${toName}\` (${to}); swap them or widen the range.`, fromName);
  }
}

/**
 * A trigram GIN index over the unaccented column, the very expression `searchColumns` matches
 * with ILIKE '%…%': an index on the bare column cannot serve it, and a search (and its
 * totalCount) would read every row. Needs pg_trgm (each subgraph's first migration) and
 * f_unaccent (kit/sql/unaccent.sql, which migrateDatabase runs before the migrations).
 */
export function trigramIndex(name: string, column: ExtraConfigColumn) {
  return index(name).using('gin', sql`f_unaccent(${column}) gin_trgm_ops`);
}
