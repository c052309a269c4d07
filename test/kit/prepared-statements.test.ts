import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { anyOf, ascending, connect, regions, requestDatabases, selectPagePerParent, StatementCounter, toPage, type Sql } from '#kit/db';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { trainingSessions } from '../../subgraphs/region/src/db/schema.js';
import { freshDatabase } from '../support/harness.js';

// A request's reads run as prepared statements when their text is fixed, and a connection keeps
// one per statement the code writes: never one per length of an id list, which would grow
// without bound on a long-running server (a batch's keys go as one array: anyOf). Behind a pooler that cannot keep them, they can be off.
describe('prepared statements', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('region');
  });
  afterAll(() => database.drop());

  /** The statements the pool's one connection holds prepared after a few reads. */
  async function preparedAfterReads(client: Sql): Promise<string[]> {
    const db = requestDatabases(client, { regions })(new StatementCounter());
    for (let run = 0; run < 3; run += 1) {
      const [tangier] = await db.select().from(regions).where(eq(regions.code, 'MA-01'));
      expect(tangier?.code).toBe('MA-01');
      // A keyset's tuple has as many parameters as the list has sort keys, whatever the data.
      const [next] = await db.select().from(regions).where(sql`(${regions.code}, ${regions.nameFr}) > (${'MA-01'}, ${''})`).orderBy(regions.code).limit(1);
      expect(next?.code).toBe('MA-01');
    }
    for (const codes of [['MA-01', 'MA-02'], ['MA-01', 'MA-02', 'MA-03'], ['MA-04', 'MA-05', 'MA-06', 'MA-07']]) {
      const listed = await db.select().from(regions).where(inArray(regions.code, codes));
      expect(listed.map((row) => row.code).sort()).toEqual(codes);
      const batched = await db.select().from(regions).where(anyOf(regions.code, codes));
      expect(batched.map((row) => row.code).sort()).toEqual(codes);
    }
    const held = await client.unsafe<{ statement: string }[]>('select statement from pg_prepared_statements');
    return held.map((row) => row.statement).filter((statement) => statement.includes('"regions"'));
  }

  it('prepares a fixed read, a keyset and a batch of any size once per connection, and no list of ids', async () => {
    const sql = connect(database.url, { max: 1 });
    try {
      const prepared = await preparedAfterReads(sql);
      expect(prepared).toHaveLength(3);
      expect(prepared.find((statement) => statement.includes('"regions"."code" = $1'))).toBeDefined();
      expect(prepared.find((statement) => statement.includes('> ($1, $2)'))).toBeDefined();
      expect(prepared.find((statement) => statement.includes('"regions"."code" = any($1::text[])'))).toBeDefined();
    } finally {
      await sql.end();
    }
  });

  it('runs a page per parent (a nested list) as one prepared statement for any number of parents', async () => {
    const sql = connect(database.url, { max: 1 });
    try {
      const db = requestDatabases(sql, { trainingSessions })(new StatementCounter());
      const page = toPage({ first: 2 });
      const orderBy = [ascending(trainingSessions.startsOn), ascending(trainingSessions.id)];
      for (const parentKeys of [demoIds.programme.slice(0, 1), demoIds.programme.slice(0, 3), [...demoIds.programme]]) {
        const rows = await selectPagePerParent(db, { table: trainingSessions, parentColumn: trainingSessions.programmeId, parentKeys, orderBy, page });
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((row) => row.programmeId)).size).toBeLessThanOrEqual(parentKeys.length);
        // Each parent's page stops at first + 1 rows (the look-ahead).
        for (const key of parentKeys) expect(rows.filter((row) => row.programmeId === key).length).toBeLessThanOrEqual(page.limit + 1);
      }
      const held = await sql.unsafe<{ statement: string }[]>('select statement from pg_prepared_statements');
      expect(held.filter((row) => row.statement.includes('cross join lateral'))).toHaveLength(1);
    } finally {
      await sql.end();
    }
  });

  it('prepares nothing when PASSERELLE_PREPARED_STATEMENTS=false turns them off', async () => {
    const sql = connect(database.url, { max: 1, preparedStatements: false });
    try {
      expect(await preparedAfterReads(sql)).toEqual([]);
    } finally {
      await sql.end();
    }
  });
});
