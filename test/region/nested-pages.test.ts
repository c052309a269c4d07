import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, fillVolume } from '#kit/db';
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
