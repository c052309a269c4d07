import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { ErrorCode, notFound } from '../errors.js';
import { isUuid } from '../filters.js';
import type { Transaction } from './mutation.js';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/** A CONFLICT that names the version the client should reload. */
export function staleVersion(typename: string, id: string, expected: number, current: number): GraphQLError {
  return new GraphQLError(
    `${typename} "${id}" is at version ${current}, not ${expected}: someone changed it since you read it. Reload it and apply your change again.`,
    { extensions: { code: ErrorCode.CONFLICT, argumentName: 'expectedVersion', currentVersion: current } },
  );
}

/**
 * Locks a row for the rest of the transaction and checks the version the client read
 * (optimistic concurrency): unknown id → NOT_FOUND, stale version → CONFLICT.
 */
export async function lockVersioned<TTable extends VersionedTable>(
  tx: Transaction<Record<string, unknown>>,
  table: TTable,
  typename: string,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<TTable['$inferSelect']> {
  if (!isUuid(id)) throw notFound(typename, id);
  const [row] = (await tx.select().from(table as PgTable).where(eq(table.id, id)).for('update')) as TTable['$inferSelect'][];
  if (!row) throw notFound(typename, id);
  const current = (row as { version: number }).version;
  if (expectedVersion != null && expectedVersion !== current) throw staleVersion(typename, id, expectedVersion, current);
  return row;
}

/** Applies an update to a row locked by lockVersioned and bumps its version. */
export async function updateVersioned<TTable extends VersionedTable>(
  tx: Transaction<Record<string, unknown>>,
  table: TTable,
  id: string,
  values: PgUpdateSetSource<TTable>,
): Promise<TTable['$inferSelect']> {
  const [row] = (await tx
    .update(table as PgTable)
    .set({ ...(values as object), version: sql`${table.version} + 1` })
    .where(eq(table.id, id))
    .returning(getTableColumns(table as PgTable))) as TTable['$inferSelect'][];
  return row!;
}
