import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const EXPERTS = `query($first: Int, $after: String) {
  experts(first: $first, after: $after) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('pagination', () => {
  it('walks a list page by page to an exact last page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (const expected of [3, 3, 2]) {
      const { body } = await ministry.request(EXPERTS, { first: 3, after });
      const page = body.data.experts;
      expect(page.totalCount).toBe(8);
      expect(page.edges).toHaveLength(expected);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.hasNextPage).toBe(expected === 3);
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(8);
    const { body } = await ministry.request(EXPERTS, { first: 3, after });
    expect(body.data.experts.edges).toEqual([]);
    expect(body.data.experts.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('answers first: 0 with an empty page', async () => {
    const { body } = await ministry.request(EXPERTS, { first: 0 });
    expect(body.data.experts.edges).toEqual([]);
    expect(body.data.experts.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects first above 100 and cursors it did not give out', async () => {
    for (const [variables, argumentName] of [
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const { body } = await ministry.request(EXPERTS, variables);
      // `experts` is nullable (a role may be denied it): the refusal nulls that field only.
      expect(body.data).toEqual({ experts: null });
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
    const nested = await ministry.request('{ programmes(first: 1) { edges { node { bestPractices(first: 101) { totalCount } } } } }');
    expect(nested.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('pages nested connections per parent', async () => {
    const { body } = await ministry.request(`{
      _entities(representations: [{ __typename: "Region", code: "MA-01" }]) {
        ... on Region {
          first: expertAssignments(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
        }
      }
    }`);
    const first = body.data._entities[0].first;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await ministry.request(
      `query($after: String) { _entities(representations: [{ __typename: "Region", code: "MA-01" }]) {
        ... on Region { expertAssignments(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } } } }`,
      { after: first.pageInfo.endCursor },
    );
    const rest = next.body.data._entities[0].expertAssignments;
    expect(rest.edges).toHaveLength(first.totalCount - 2);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...first.edges, ...rest.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(first.totalCount);
  });
});

describe('statement count', () => {
  async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
    const { body } = await ministry.request(query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.extensions.sqlStatements;
  }

  const cases: [string, string, number][] = [
    [
      'experts with assignments',
      `query($n: Int) { experts(first: $n) { totalCount edges { node { fullName
        assignments(first: 5) { totalCount edges { node { region { code } mission { fr } expert { fullName } } } } } } } }`,
      4,
    ],
    [
      'programmes with regions and best practices',
      `query($n: Int) { programmes(first: $n) { edges { node { code regions { code }
        bestPractices(first: 2) { totalCount edges { node { title { fr } programme { code } adoptions { region { code } adoptedOn } } } } } } } }`,
      5,
    ],
    [
      'partnerships with signatories and commitments',
      `query($n: Int) { partnerships(first: $n) { edges { node { region { code } objectives { fr }
        signatories { party title { fr } } ministryCommitments { status description { fr } } } } } }`,
      3,
    ],
    [
      'best practices with programme and adoptions',
      `query($n: Int) { bestPractices(first: $n) { edges { node { title { fr } programme { code } adoptions { region { code } } } } } }`,
      3,
    ],
  ];

  // A few parents that all have each relation (so every loader runs) versus every parent. Every
  // parent may take fewer: a page that reaches the end of its list needs no count statement.
  it.each(cases)('%s: no more for 100 parents than for 3', async (_name, query, bound) => {
    const few = await statements(query, { n: 3 });
    const many = await statements(query, { n: 100 });
    expect(many).toBeLessThanOrEqual(few);
    expect(few).toBeLessThanOrEqual(bound);
  });

  it('region references: the same for 1 and 12 regions', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { code
      partnership { signedIn } partnerships { id }
      programmes(first: 3) { totalCount edges { node { code } } }
      expertAssignments(first: 2) { totalCount edges { node { mission { fr } expert { fullName } } } }
      adoptedPractices(first: 2) { totalCount edges { node { title { fr } } } } } } }`;
    const reps = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ __typename: 'Region', code: `MA-${String(index + 1).padStart(2, '0')}` }));
    const one = await statements(query, { reps: reps(1) });
    const twelve = await statements(query, { reps: reps(12) });
    expect(twelve).toBe(one);
    expect(twelve).toBeLessThanOrEqual(10);
  });
});
