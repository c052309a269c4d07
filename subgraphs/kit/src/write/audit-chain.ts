import { createHash } from 'node:crypto';
import type { Sql } from '../db/index.js';

export interface ChainBreak {
  /** The first row that does not hold (or the exported head's row). */
  id: number;
  reason: string;
}

export interface ChainVerdict {
  rows: number;
  /** The last row: export it (`id:hash`) to catch later a rewrite of the whole chain up to it. */
  head?: { id: number; hash: string } | undefined;
  broken?: ChainBreak | undefined;
}

interface ChainRow {
  id: string;
  previous_hash: string | null;
  hash: string | null;
  occurred_at: string;
  actor: string;
  request_id: string;
  operation: string;
  target_type: string;
  target_id: string;
  before: string | null;
  after: string | null;
}

/**
 * The hash a row must carry, computed here rather than by the database's own function (whose
 * owner could change it): SHA-256 over the previous hash and the row's fields, joined by the
 * unit separator, in the form kit/sql/audit-chain.sql gives them.
 */
function expectedHash(previous: string | null, row: ChainRow): string {
  const fields = [previous ?? '', row.id, row.occurred_at, row.actor, row.request_id, row.operation, row.target_type, row.target_id, row.before ?? 'null', row.after ?? 'null'];
  return createHash('sha256').update(fields.join('\x1f'), 'utf8').digest('hex');
}

/**
 * Walks an audit log in id order (1,000 rows at a time) and names the first row whose hash does
 * not match its content, or whose link does not match the row before it. `expectedHead`, a head
 * exported earlier, must still be in the chain unchanged: a rewrite that recomputed every hash
 * after a change shows there.
 */
export async function verifyAuditChain(sql: Sql, expectedHead?: { id: number; hash: string }): Promise<ChainVerdict> {
  let rows = 0;
  let previous: ChainRow | undefined;
  let broken: ChainBreak | undefined;
  let headSeen = false;
  const cursor = sql<ChainRow[]>`
    select id, previous_hash, hash, actor, request_id, operation, target_type, target_id,
      to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
      before::text as before, after::text as after
    from audit_log order by id`.cursor(1000);
  for await (const batch of cursor) {
    for (const row of batch) {
      rows += 1;
      if (!broken) {
        const link = previous?.hash ?? null;
        if (row.previous_hash !== link) {
          broken = { id: Number(row.id), reason: previous ? `its link does not match row ${previous.id}'s hash: a row before it was changed, removed or inserted` : 'the first row links to a row that is not there: rows before it were removed' };
        } else if (row.hash !== expectedHash(link, row)) {
          broken = { id: Number(row.id), reason: 'its content does not match its hash: it was changed after it was written' };
        }
      }
      if (expectedHead && Number(row.id) === expectedHead.id) {
        headSeen = true;
        if (!broken && row.hash !== expectedHead.hash) broken = { id: expectedHead.id, reason: 'the exported head no longer has the hash it had: the chain was rewritten up to it' };
      }
      previous = row;
    }
  }
  if (expectedHead && !headSeen && !broken) broken = { id: expectedHead.id, reason: 'the exported head is no longer in the log' };
  return { rows, head: previous?.hash ? { id: Number(previous.id), hash: previous.hash } : undefined, broken };
}
