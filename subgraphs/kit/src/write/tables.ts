import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// Tables every subgraph's database has, defined once: each subgraph's db/schema.ts re-exports
// them so its own migrations create them in its own database.

/**
 * Append-only record of every change: who, what, when, before and after. A trigger created by
 * the migrations refuses UPDATE and DELETE, so not even a bug can rewrite history; another
 * chains each row to the one before it by hash (kit/sql/audit-chain.sql), so that a rewrite
 * by the database owner shows (`npm run audit:verify`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actor: text().notNull(),
    requestId: text().notNull(),
    operation: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    /** Set by the chain trigger: the previous row's `hash` (null for the first row). */
    previousHash: text(),
    /** Set by the chain trigger: SHA-256 over `previousHash` and this row's content. */
    hash: text(),
  },
  (table) => [
    index('audit_log_target_idx').on(table.targetType, table.targetId, table.id),
    index('audit_log_actor_idx').on(table.actor, table.id),
    index('audit_log_occurred_at_idx').on(table.occurredAt),
  ],
);

/**
 * Client-supplied idempotency keys of mutations that committed: a retry with the same key
 * returns the first result instead of doing the work twice. A key is its caller's own: the
 * same text from two callers is two keys, so nobody can block or read another's.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actor: text().notNull(),
    key: text().notNull(),
    operation: text().notNull(),
    /** The id of the row the first run created, for the retry to answer with. */
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.actor, table.key] })],
);
