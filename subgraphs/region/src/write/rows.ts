import { GraphQLError } from 'graphql';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { ErrorCode, isUuid, lockVersioned, notFound, staleVersion, updateVersioned, type Transaction } from '#kit';
import type * as dbSchema from '../db/schema.js';

export type RegionTransaction = Transaction<typeof dbSchema>;
type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/** A rule the current state of the data forbids (the input itself is well-formed). */
export function conflict(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...(argumentName ? { argumentName } : {}) } });
}

/**
 * Locks a row for the rest of the transaction (kit lockVersioned) with the error naming the
 * mutation's own argument (`input.id`, not `id`). The version is checked separately, with
 * expectVersion, so a mutation can first report a clearer state conflict ("already cancelled").
 */
export async function lockRow<TTable extends VersionedTable>(
  tx: RegionTransaction,
  table: TTable,
  typename: string,
  id: string,
  argumentName = 'input.id',
): Promise<TTable['$inferSelect']> {
  if (!isUuid(id)) throw notFound(typename, id, argumentName);
  try {
    return await lockVersioned(anyTransaction(tx), table, typename, id.toLowerCase(), null);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.NOT_FOUND) throw notFound(typename, id, argumentName);
    throw error;
  }
}

// The kit's helpers take any schema's transaction; ours is the region's, typed more narrowly.
const anyTransaction = (tx: RegionTransaction) => tx as unknown as Transaction<Record<string, unknown>>;

/** kit updateVersioned on the region's transaction: applies the change and bumps `version`. */
export function updateRow<TTable extends VersionedTable>(
  tx: RegionTransaction,
  table: TTable,
  id: string,
  values: PgUpdateSetSource<TTable>,
): Promise<TTable['$inferSelect']> {
  return updateVersioned(anyTransaction(tx), table, id, values);
}

/** Optimistic concurrency: CONFLICT naming the current version when the client's is stale. */
export function expectVersion(typename: string, row: { id: string; version: number }, expected: number, argumentName = 'input.expectedVersion'): void {
  if (row.version === expected) return;
  const error = staleVersion(typename, row.id, expected, row.version);
  throw new GraphQLError(error.message, { extensions: { ...error.extensions, argumentName } });
}

/** An idempotent retry answers with the row the first run created; gone since → NOT_FOUND. */
export function recalled<T>(row: T | null | undefined, typename: string, id: string): T {
  if (row == null) {
    throw new GraphQLError(`The ${typename} "${id}" created by the first request with this idempotencyKey no longer exists.`, {
      extensions: { code: ErrorCode.NOT_FOUND, argumentName: 'idempotencyKey', typename },
    });
  }
  return row;
}

/** The PostgreSQL error under a driver/ORM error, to tell which constraint refused a change. */
export function constraintOf(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('constraint_name' in current && typeof current.constraint_name === 'string') return current.constraint_name;
  }
  return undefined;
}
