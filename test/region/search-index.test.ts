import { count } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { PgDialect, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchColumns } from '#kit/db';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { procedures, staffMembers, trainingSessions } from '../../subgraphs/region/src/db/schema.js';

// Text search matches f_unaccent(column) ILIKE '%…%'; each searchable column has a trigram
// index over that same expression. An index on another expression would still pass every
// answer test while every search read the whole table: this asks PostgreSQL whether it can use
// the index (sequential scans off, as on a table large enough for the planner to prefer it).

let region: TestSubgraph;
beforeAll(async () => {
  region = await startSubgraphForTest('region');
});
afterAll(async () => {
  await region?.close();
});

async function planOf(table: PgTable, columns: PgColumn[]): Promise<string> {
  const db = drizzle(region.sql, { casing: 'snake_case' });
  const query = new PgDialect({ casing: 'snake_case' }).sqlToQuery(db.select({ total: count() }).from(table).where(searchColumns('formation', columns)).getSQL());
  const rows = await region.sql.begin(async (tx) => {
    await tx`set local enable_seqscan = off`;
    return tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain ${query.sql}`, query.params as never[]);
  });
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('text search uses its trigram indexes', () => {
  it('for the count of a search, on every searchable column of sessions, staff and procedures', async () => {
    expect(await planOf(trainingSessions, [trainingSessions.titleFr, trainingSessions.titleAr])).toMatch(/training_sessions_title_fr_trgm_idx[\s\S]*training_sessions_title_ar_trgm_idx/);
    expect(await planOf(staffMembers, [staffMembers.fullName])).toContain('staff_members_full_name_trgm_idx');
    expect(await planOf(procedures, [procedures.nameFr, procedures.nameAr])).toMatch(/procedures_name_fr_trgm_idx[\s\S]*procedures_name_ar_trgm_idx/);
  });
});
