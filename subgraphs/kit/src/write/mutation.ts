import { and, eq } from 'drizzle-orm';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import { GraphQLError } from 'graphql';
import { mayChangeRegion, type EntityTable, type Identity, type OwnedEntity } from '../auth/index.js';
import type { AnyDatabase, Database } from '../db/index.js';
import { badUserInput, conflict, ErrorCode, postgresCode } from '../errors/index.js';
import type { PeerUrls } from './peers.js';
import { auditLog, idempotencyKeys } from './tables.js';
import { lockVersioned, type VersionArguments } from './versioned.js';

// Loose on purpose: audit rows and idempotency keys live in every subgraph's database, whatever
// its other tables; the callback gets the subgraph's fully typed transaction.
export type AnySchema = Record<string, unknown>;
export type Transaction<TSchema extends AnySchema> = PgTransaction<PostgresJsQueryResultHKT, TSchema, never>;

export interface AuditRecord {
  targetType: string;
  targetId: string;
  /** The row as it was; null when the mutation created it. */
  before: unknown;
  /** The row as it is now; null when the mutation deleted it. */
  after: unknown;
}

/** What a mutation needs from the request: who calls, its database, its peers. */
export interface MutationContext<TSchema extends AnySchema> {
  requestId: string;
  /** Recorded in the audit log: the verified identity's subject. */
  actor: string;
  identity: Identity;
  db: Database<TSchema>;
  /** URLs of the other subgraphs, for checking references to their entities. */
  peers: PeerUrls;
  /** Headers for a call to a peer subgraph: the request id and a `service` identity token. */
  peerHeaders(): Promise<Record<string, string>>;
}

export interface MutationScope<TSchema extends AnySchema> {
  tx: Transaction<TSchema>;
  /** Queues an audit row, written in the same transaction as the change it describes. */
  audit(record: AuditRecord): void;
  /**
   * Locks a row the caller may change, before any other work, and checks the version the
   * client read. A row of another region answers NOT_FOUND exactly like an unknown id, so a
   * write reveals nothing (no title, no state, no version) of rows the caller may not change.
   */
  lock<TTable extends EntityTable>(
    entity: OwnedEntity<TTable>,
    id: string,
    expectedVersion: number | null,
    names?: VersionArguments,
  ): Promise<TTable['$inferSelect']>;
  /** A create in `regionCode`: FORBIDDEN unless the caller may change that region's rows. */
  requireRegionChange(regionCode: string, argumentName: string): void;
}

/** A create that may be retried: the same caller and key answer with the row created first. */
export interface Idempotency<TResult> {
  key: string | null | undefined;
  /** Reads the created row back by id; its absence since is NOT_FOUND (see `recalled`). */
  recall(id: string): Promise<TResult>;
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

/** `Idempotency.recall` that reads the created row back from the entity's table. */
export function recallById<TTable extends EntityTable>(db: AnyDatabase, entity: OwnedEntity<TTable>) {
  return async (id: string): Promise<TTable['$inferSelect']> => {
    const [row] = await db.select().from(entity.table as EntityTable).where(eq(entity.table.id, id));
    return recalled(row as TTable['$inferSelect'] | undefined, entity.typename, id);
  };
}

const MAX_KEY_LENGTH = 200;
const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs a mutation as one transaction: the work, its audit rows and its idempotency record
 * commit together or not at all. A retried idempotent create returns the first result; a
 * serialization failure or deadlock is retried; database constraint violations become coded
 * client errors without SQL.
 */
export async function runMutation<TSchema extends AnySchema, TResult>(
  context: MutationContext<TSchema>,
  operation: string,
  work: (scope: MutationScope<TSchema>) => Promise<TResult>,
  idempotency?: Idempotency<TResult>,
): Promise<TResult> {
  const key = idempotency?.key ?? undefined;
  if (key !== undefined && (key.length === 0 || key.length > MAX_KEY_LENGTH)) {
    throw badUserInput(`\`idempotencyKey\` must be 1 to ${MAX_KEY_LENGTH} characters; use a fresh UUID per intended change.`, 'idempotencyKey');
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      const outcome = await context.db.transaction(async (tx): Promise<{ replay: string } | { result: TResult }> => {
        if (key !== undefined) {
          // A key belongs to its caller: another caller's use of the same text is another key.
          // Blocks while a concurrent request holds the same key, then sees its committed row.
          const claimed = await tx
            .insert(idempotencyKeys)
            .values({ key, operation, actor: context.actor })
            .onConflictDoNothing()
            .returning({ key: idempotencyKeys.key });
          if (claimed.length === 0) {
            const [first] = await tx.select().from(idempotencyKeys).where(ownKey(context.actor, key));
            if (first?.operation !== operation) {
              throw badUserInput(`\`idempotencyKey\` "${key}" was already used for ${first?.operation}; use a new key for each change.`, 'idempotencyKey');
            }
            return { replay: String(first.result) };
          }
        }
        const records: AuditRecord[] = [];
        const typedTx = tx as unknown as Transaction<TSchema>;
        const result = await work({
          tx: typedTx,
          audit: (record) => records.push(record),
          lock: (entity, id, expectedVersion, names) => lockVersioned(typedTx, entity, context.identity, id, expectedVersion, names),
          requireRegionChange: (regionCode, argumentName) => {
            if (!mayChangeRegion(context.identity, regionCode)) {
              const who = `${context.identity.role}${context.identity.regionCode ? ` of ${context.identity.regionCode}` : ''}`;
              throw new GraphQLError(`\`${argumentName}\`: your role (${who}) may not create rows of ${regionCode}.`, {
                extensions: { code: ErrorCode.FORBIDDEN, field: argumentName, argumentName },
              });
            }
          },
        });
        if (records.length > 0) {
          await tx.insert(auditLog).values(
            records.map((record) => ({
              actor: context.actor,
              requestId: context.requestId,
              operation,
              targetType: record.targetType,
              targetId: record.targetId,
              before: record.before ?? null,
              after: record.after ?? null,
            })),
          );
        }
        if (key !== undefined && idempotency) {
          await tx.update(idempotencyKeys).set({ result: (result as { id: string }).id }).where(ownKey(context.actor, key));
        }
        return { result };
      });
      return 'replay' in outcome ? await idempotency!.recall(outcome.replay) : outcome.result;
    } catch (error) {
      const code = postgresCode(error);
      if (code && RETRYABLE.has(code) && attempt < 3) continue;
      throw translateDatabaseError(error);
    }
  }
}

const ownKey = (actor: string, key: string) => and(eq(idempotencyKeys.actor, actor), eq(idempotencyKeys.key, key));

/**
 * A constraint the checks before it should have caught (a race, or a rule only the database
 * knows) still reaches the client as a coded error that says what happened, never as SQL.
 */
function translateDatabaseError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  switch (postgresCode(error)) {
    case 'PR001':
      // This project's own SQLSTATE: a rule of the database raised on purpose, with a message for
      // the client (a region that keeps its own database, docs/regions.md).
      return new GraphQLError(databaseMessage(error) ?? 'This change is not allowed here.', { extensions: { code: ErrorCode.FORBIDDEN } });
    case '23505':
      return conflict('This change conflicts with data that already exists (a duplicate); reload and retry.');
    case '23P01':
      return conflict('This change overlaps with existing data; reload and choose other dates.');
    case '23503':
      return new GraphQLError('This change refers to something that does not exist (or is still referred to).', { extensions: { code: ErrorCode.NOT_FOUND } });
    case '22021':
      return new GraphQLError('A text contains a character that cannot be stored (NUL, \\u0000); remove it.', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    case '23514':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return new GraphQLError('A value is outside what is allowed; check the input.', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    default:
      return error;
  }
}

/** The message a database rule raised on purpose (a trigger's RAISE), safe to show. */
function databaseMessage(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === 'PR001') return current.message;
  }
  return undefined;
}
