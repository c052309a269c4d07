import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Sql } from '#kit/db';
import { verifyAuditChain } from '#kit/write';
import { freshDatabase } from '../support/harness.js';

// The audit log's hash chain: every row is chained to the one before it as it is written, and
// a row changed afterwards — by the database owner, who can lift the append-only rule — is
// named by the verifier, as is a rewrite that recomputed the chain, given an exported head.

const root = path.resolve(import.meta.dirname, '../..');
let database: Awaited<ReturnType<typeof freshDatabase>>;
let sql: Sql;

beforeAll(async () => {
  database = await freshDatabase('region');
  sql = connect(database.url, { max: 8 });
});
afterAll(async () => {
  await sql?.end({ timeout: 5 });
  await database?.drop();
});

/** Writes audit rows as the mutations do, `count` of them in parallel transactions. */
async function writeRows(count: number, tag: string): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      sql.begin((tx) => tx`
        insert into audit_log (actor, request_id, operation, target_type, target_id, before, after)
        values ('hr@ma01.test', ${`${tag}-${index}`}, 'updateStaffMember', 'StaffMember', ${String(index)}, ${sql.json({ grade: 10 })}, ${sql.json({ grade: 11, note: 'ا' })})`),
    ),
  );
}

/** As the database owner: lifts the append-only rule for one statement. */
async function asOwner(statement: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx.unsafe('alter table audit_log disable trigger audit_log_append_only');
    await tx.unsafe(statement);
    await tx.unsafe('alter table audit_log enable trigger audit_log_append_only');
  });
}

async function auditIds(): Promise<number[]> {
  return (await sql<{ id: string }[]>`select id from audit_log order by id`).map((row) => Number(row.id));
}

describe('audit log hash chain', () => {
  it('holds under concurrent writers: each row links to the one before it', async () => {
    await writeRows(20, 'parallel');
    const verdict = await verifyAuditChain(sql);
    expect(verdict.broken).toBeUndefined();
    expect(verdict.rows).toBe((await auditIds()).length);
    expect(verdict.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the first row changed by the owner, and the row after a removed one', async () => {
    await writeRows(5, 'more');
    const ids = await auditIds();
    const changed = ids[ids.length - 4]!;
    await asOwner(`update audit_log set after = '{"grade": 15}' where id = ${changed}`);
    expect((await verifyAuditChain(sql)).broken).toEqual({ id: changed, reason: expect.stringMatching(/content does not match its hash/) });
    await asOwner(`update audit_log set after = '{"grade": 11, "note": "ا"}' where id = ${changed}`);
    expect((await verifyAuditChain(sql)).broken).toBeUndefined();

    const removed = ids[ids.length - 2]!;
    await asOwner(`delete from audit_log where id = ${removed}`);
    expect((await verifyAuditChain(sql)).broken).toEqual({ id: ids[ids.length - 1]!, reason: expect.stringMatching(new RegExp(`link does not match row ${ids[ids.length - 3]}`)) });
  });

  it('an exported head catches a rewrite that recomputed every hash after a change', async () => {
    const fresh = await freshDatabase('region');
    const other = connect(fresh.url, { max: 2 });
    try {
      for (let index = 0; index < 3; index += 1) {
        await other`insert into audit_log (actor, request_id, operation, target_type, target_id) values ('hr@ma01.test', ${`r${index}`}, 'publishDocument', 'Document', ${String(index)})`;
      }
      const exported = (await verifyAuditChain(other)).head!;
      // The owner changes the first row, then recomputes each hash with the database's own function.
      await other.begin(async (tx) => {
        await tx.unsafe('alter table audit_log disable trigger audit_log_append_only');
        await tx.unsafe(`update audit_log set actor = 'someone-else' where id = (select min(id) from audit_log)`);
        await tx.unsafe(`do $$ declare r audit_log; last text; begin
          for r in select * from audit_log order by id loop
            update audit_log set previous_hash = last, hash = audit_log_hash(last, r) where id = r.id returning hash into last;
          end loop; end $$`);
        await tx.unsafe('alter table audit_log enable trigger audit_log_append_only');
      });
      expect((await verifyAuditChain(other)).broken).toBeUndefined();
      expect((await verifyAuditChain(other, exported)).broken).toEqual({ id: exported.id, reason: expect.stringMatching(/rewritten/) });
    } finally {
      await other.end({ timeout: 5 });
      await fresh.drop();
    }
  });

  it('npm run audit:verify names the row and exits 1; 0 with the head on an intact log', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], { cwd: root, env: { ...process.env, REGION_DATABASE_URL: database.url } }).then(
        (result) => ({ code: 0, output: result.stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
      );
    const broken = await run(['region']);
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/NOT INTACT from row \d+: its link does not match/);

    const fresh = await freshDatabase('region');
    try {
      const intact = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', 'region'], { cwd: root, env: { ...process.env, REGION_DATABASE_URL: fresh.url } });
      expect(intact.stdout).toMatch(/Intact\. Chain head/);
    } finally {
      await fresh.drop();
    }
  });
});
