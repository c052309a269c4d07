import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, encodeKeysCursor } from '#kit/db';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';

// Top-level lists resume after the last row's sort keys (seek pagination). Walking any list in
// small pages must give exactly the rows, in exactly the order, of one big page — whatever the
// order: ties broken by id, descending keys, keys that are NULL for some rows, SQL keys.

let region: TestSubgraph;
beforeAll(async () => {
  region = await startSubgraphForTest('region');
});
afterAll(async () => {
  await region?.close();
});

// Regions are keyed by code; enrollments are many, so one region's.
const identity: Record<string, string> = { regions: 'id: code' };
const narrowed: Record<string, string> = { enrollments: 'filter: { regionCode: "MA-02" },' };

async function idsOf(list: string, orderBy: string | null, first: number, after: string | null) {
  const order = orderBy ? `orderBy: ${orderBy},` : '';
  const { body } = await region.request(
    `query($first: Int, $after: String) { ${list}(first: $first, after: $after, ${order} ${narrowed[list] ?? ''}) { edges { node { ${identity[list] ?? 'id'} } } pageInfo { endCursor hasNextPage hasPreviousPage } } }`,
    { first, after },
  );
  expect(body.errors).toBeUndefined();
  const connection = body.data[list];
  return { ids: connection.edges.map((edge: { node: { id: string } }) => edge.node.id) as string[], pageInfo: connection.pageInfo };
}

async function walk(list: string, orderBy: string | null, pageSize: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const page = await idsOf(list, orderBy, pageSize, after);
    ids.push(...page.ids);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${list} did not end`);
}

const orders: [list: string, orderBy: string | null][] = [
  ['staffMembers', null],
  ['staffMembers', '{ field: DEPARTMENT }'],
  ['staffMembers', '{ field: GRADE, direction: DESC }'],
  ['trainingSessions', null],
  ['trainingSessions', '{ field: SEATS_LEFT, direction: DESC }'],
  ['trainingSessions', '{ field: CAPACITY }'],
  ['documents', null],
  ['documents', '{ field: PUBLISHED_ON }'],
  ['documents', '{ field: PUBLISHED_ON, direction: DESC }'],
  ['procedures', '{ field: DIGITISATION, direction: DESC }'],
  ['regions', null],
  ['enrollments', null],
];

describe('seek pagination', () => {
  it.each(orders)('%s ordered by %s: small pages give the rows of one big page, in order', async (list, orderBy) => {
    const whole = await idsOf(list, orderBy, 100, null);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.ids.length).toBeGreaterThan(3);
    expect(await walk(list, orderBy, 3)).toEqual(whole.ids);
  });

  it('still resumes a position cursor handed out before lists moved to keys', async () => {
    const whole = await idsOf('staffMembers', null, 10, null);
    const resumed = await idsOf('staffMembers', null, 4, encodeCursor(5));
    expect(resumed.ids).toEqual(whole.ids.slice(6, 10));
  });

  it('refuses a forged cursor, and a list cursor on a nested list, as BAD_USER_INPUT naming `after`', async () => {
    for (const after of [
      encodeKeysCursor(['not a date', '00000000-0000-0000-0000-000000000000']),
      encodeKeysCursor(['only one key']),
      Buffer.from('keys:{"a":1}').toString('base64url'),
    ]) {
      const { body } = await region.request('query($after: String) { trainingSessions(after: $after) { edges { node { id } } } }', { after });
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      expect(JSON.stringify(body)).not.toMatch(/select|training_sessions/i);
    }
    const page = await idsOf('trainingSessions', null, 1, null);
    const nested = await region.request('query($after: String) { regions(first: 1) { edges { node { trainingSessions(after: $after) { totalCount } } } } }', { after: page.pageInfo.endCursor });
    expect(nested.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});
