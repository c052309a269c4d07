import { drizzle } from 'drizzle-orm/postgres-js';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ascending, encodeCursor, fillVolume, selectPagePerParent } from '#kit/db';
import { trainingSessions } from '../../subgraphs/region/src/db/schema.js';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { regionVolume } from '../../subgraphs/region/src/db/seed-volume.js';

// A nested list's page is taken for every parent in one statement (a LATERAL subquery per
// parent key): each parent's page must be exactly the slice of its own full list, at any offset.

let region: TestSubgraph;
beforeAll(async () => {
  region = await startSubgraphForTest('region');
  // ~60 sessions spread over the 12 regions, so every region has several pages.
  await fillVolume(region.sql, regionVolume(1));
});
afterAll(async () => {
  await region?.close();
});

type Page = { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
type Answer = { data: { regions: { edges: { node: { code: string; trainingSessions: Page } }[] } } };

async function sessionsPerRegion(first: number, after: string | null): Promise<Map<string, Page>> {
  const response = await region.request(
    `query($first: Int, $after: String) { regions(first: 12) { edges { node { code
      trainingSessions(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } } } } }`,
    { first, after },
  );
  expect(response.body).not.toHaveProperty('errors');
  return new Map((response.body as Answer).data.regions.edges.map(({ node }) => [node.code, node.trainingSessions]));
}

describe('nested pages, every parent at once', () => {
  it('gives each parent the slice of its own list at every offset', async () => {
    const whole = await sessionsPerRegion(100, null);
    expect(whole.size).toBe(12);
    for (const offset of [0, 2, 5]) {
      const pages = await sessionsPerRegion(3, offset === 0 ? null : encodeCursor(offset - 1));
      for (const [code, all] of whole) {
        const page = pages.get(code)!;
        const expected = all.edges.slice(offset, offset + 3).map((edge) => edge.node.id);
        expect(page.edges.map((edge) => edge.node.id), `${code} at ${offset}`).toEqual(expected);
        expect(page.pageInfo.hasNextPage).toBe(all.edges.length > offset + 3);
        expect(page.totalCount).toBe(all.totalCount);
      }
    }
  });
});

describe('nested pages read their parent\'s index in the list\'s order', () => {
  /** The plan of the statement selectPagePerParent sends for sessions per `parentColumn`. */
  async function planOfSessionsPer(parentColumn: PgColumn, keys: string[]): Promise<string> {
    let statement: { sql: string; params: unknown[] } | undefined;
    const db = drizzle(region.sql, { casing: 'snake_case', logger: { logQuery: (sql, params) => void (statement = { sql, params }) } });
    const orderBy = [ascending(trainingSessions.startsOn), ascending(trainingSessions.id)];
    await selectPagePerParent(db, { table: trainingSessions, parentColumn, parentKeys: keys, orderBy, page: { limit: 3, offset: 0 } });
    const rows = await region.sql.begin(async (tx) => {
      // As on a table large enough for the planner to prefer an index.
      await tx`set local enable_seqscan = off`;
      return tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain ${statement!.sql}`, statement!.params as never[]);
    });
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  it('a region\'s, a programme\'s, a trainer\'s sessions: an index scan on (parent, starts_on, id), not every session by date', async () => {
    const [session] = await region.sql<{ programme_id: string; trainer_expert_id: string }[]>`
      select programme_id, trainer_expert_id from training_sessions where programme_id is not null and trainer_expert_id is not null limit 1`;
    expect(await planOfSessionsPer(trainingSessions.regionCode, ['MA-01', 'MA-02'])).toContain('training_sessions_region_code_starts_on_idx');
    expect(await planOfSessionsPer(trainingSessions.programmeId, [session!.programme_id])).toContain('training_sessions_programme_id_starts_on_idx');
    expect(await planOfSessionsPer(trainingSessions.trainerExpertId, [session!.trainer_expert_id])).toContain('training_sessions_trainer_expert_id_starts_on_idx');
  });
});
