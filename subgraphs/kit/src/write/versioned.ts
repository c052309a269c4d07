import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgTransaction, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { GraphQLError } from 'graphql';
import { changeableRows, type EntityTable, type Identity, type OwnedEntity } from '../auth/index.js';
import { requireId } from '../db/index.js';
import { conflict, notFound } from '../errors/index.js';

// Any subgraph's transaction: these statements only need the table they are given.
type AnyTransaction = PgTransaction<any, any, any>;

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/** A CONFLICT that names the version the client should reload. */
export function staleVersion(
  typename: string,
  id: string,
  expected: number,
  current: number,
  argumentName = 'input.expectedVersion',
): GraphQLError {
  return conflict(
    `${typename} "${id}" is at version ${current}, not ${expected}: someone changed it since you read it. Reload it and apply your change again.`,
    argumentName,
    { currentVersion: current },
  );
}

/** Optimistic concurrency: CONFLICT naming the current version when the client's is stale. */
export function expectVersion(
  typename: string,
  row: { id: string; version: number },
  expected: number,
  argumentName = 'input.expectedVersion',
): void {
  if (row.version !== expected) throw staleVersion(typename, row.id, expected, row.version, argumentName);
}

/** Where the mutation took the id and the version from; errors name these arguments. */
export interface VersionArguments {
  /** Default `input.id`: every mutation nests its arguments under `input`. */
  idArgument?: string;
  /** Default `input.expectedVersion`. */
  versionArgument?: string;
}

/**
 * Locks a row the caller may change for the rest of the transaction, then checks the version
 * the client read (optimistic concurrency). Malformed id → BAD_USER_INPUT; unknown id, or a row
 * the caller may not change → NOT_FOUND, the same answer; stale version → CONFLICT. A null
 * `expectedVersion` only locks: the mutation first reports a clearer state conflict ("already
 * cancelled") and then calls expectVersion itself. Runs as `lock` of runMutation's scope.
 */
export async function lockVersioned<TTable extends EntityTable>(
  tx: AnyTransaction,
  entity: OwnedEntity<TTable>,
  identity: Identity,
  id: string,
  expectedVersion: number | null,
  { idArgument = 'input.id', versionArgument = 'input.expectedVersion' }: VersionArguments = {},
): Promise<TTable['$inferSelect']> {
  const key = requireId(id, idArgument);
  const { table, typename } = entity;
  const [row] = (await tx.select().from(table as PgTable).where(and(eq(table.id, key), changeableRows(entity, identity))).for('update')) as TTable['$inferSelect'][];
  if (!row) throw notFound(typename, id, idArgument);
  if (expectedVersion !== null) expectVersion(typename, row as { id: string; version: number }, expectedVersion, versionArgument);
  return row;
}

/** Applies an update to a row locked by lockVersioned and bumps its version. */
export async function updateVersioned<TTable extends VersionedTable>(
  tx: AnyTransaction,
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
