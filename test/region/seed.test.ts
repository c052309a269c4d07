import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import * as dbSchema from '../../subgraphs/region/src/db/schema.js';
import { seedRegion } from '../../subgraphs/region/src/db/seed.js';

let region: TestSubgraph;
beforeAll(async () => {
  region = await startSubgraphForTest('region');
});
afterAll(async () => {
  await region?.close();
});

const tables = ['regions', 'region_partnerships', 'region_commitments', 'action_plan_items', 'documents', 'staff_members',
  'training_sessions', 'enrollments', 'procedures'];

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await region.sql.unsafe<{ total: number }[]>(`select count(*)::int as total from ${table}`);
    result[table] = row!.total;
  }
  return result;
}

describe('seedRegion', () => {
  it('is a no-op on a seeded database', async () => {
    const before = await counts();
    expect(before.regions).toBe(12);
    expect(before.staff_members).toBe(32);
    await seedRegion(drizzle(region.sql, { schema: dbSchema, casing: 'snake_case' }));
    expect(await counts()).toEqual(before);
  });

  it('marks demo people as demo and keeps their contact details unreal', async () => {
    const rows = await region.sql<{ full_name: string; email: string | null; phone: string | null }[]>`
      select full_name, email, phone from staff_members`;
    for (const row of rows) {
      expect(row.full_name).toMatch(/\(démo\)$/);
      if (row.email) expect(row.email).toMatch(/@demo\.invalid$/);
      if (row.phone) expect(row.phone).toMatch(/^\+212 000 /);
    }
  });

  it('gives every completed session attendance and every attended place a 1-5 evaluation', async () => {
    const rows = await region.sql<{ status: string; attended: boolean | null; evaluation: number | null }[]>`
      select s.status, e.attended, e.evaluation from enrollments e join training_sessions s on s.id = e.session_id`;
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      if (row.status === 'COMPLETED') expect(row.attended).not.toBeNull();
      else expect(row.attended).toBeNull();
      if (row.attended) expect(row.evaluation).toBeGreaterThanOrEqual(1);
    }
  });
});
