import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';

// N+1 guard: a list with nested relations costs the same number of SQL statements whatever
// its length, read from the response's extensions.sqlStatements.

let region: TestSubgraph;
beforeAll(async () => {
  region = await startSubgraphForTest('region');
});
afterAll(async () => {
  await region?.close();
});

async function statementsFor(query: string, variables: Record<string, unknown>): Promise<{ count: number; data: any }> {
  const response = await region.request(query, variables);
  expect(response.body.errors).toBeUndefined();
  return { count: response.body.extensions.sqlStatements, data: response.body.data };
}

describe('statement count', () => {
  it('sessions with trainer, programme, region and enrollments with staff: constant in first', async () => {
    const query = `query($first: Int) { trainingSessions(first: $first) { totalCount edges { node {
      id trainer { id } programme { id } partnership { id } region { code name { fr } }
      enrollments(first: 5) { totalCount edges { node { attended evaluation staffMember { fullName region { code } } trainingSession { id } } } } } } } }`;
    const small = await statementsFor(query, { first: 2 });
    const large = await statementsFor(query, { first: 12 });
    expect(small.data.trainingSessions.edges.length).toBe(2);
    expect(large.data.trainingSessions.edges.length).toBe(12);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
  });

  it('regions with every nested connection: constant in first', async () => {
    const query = `query($first: Int) { regions(first: $first) { edges { node { code
      documents(first: 3) { totalCount edges { node { id } } }
      staffMembers(first: 3) { totalCount edges { node { enrollments(first: 2) { totalCount edges { node { trainingSession { id } } } } } } }
      trainingSessions(first: 3) { totalCount edges { node { enrollments(first: 2) { edges { node { staffMember { id } } } } } } }
      procedures(first: 3) { totalCount edges { node { id } } } } } } }`;
    const small = await statementsFor(query, { first: 1 });
    const large = await statementsFor(query, { first: 12 });
    expect(large.count).toBe(small.count);
  });

  it('_entities for many experts and partnerships: constant in the number of representations', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Expert { trainingSessions(first: 3) { totalCount edges { node { id enrollments(first: 2) { totalCount } } } } }
      ... on Partnership { regionCommitments { id } actionPlan { id } documentsProvided { id } sessionsUnderIt: trainingSessions { totalCount } progress { percentComplete } }
      ... on StaffMember { fullName } } }`;
    const representations = (n: number) => [
      ...demoIds.expert.slice(0, n).map((id) => ({ __typename: 'Expert', id })),
      ...[demoIds.partnership.tangier2018, demoIds.partnership.oriental].slice(0, n).map((id) => ({ __typename: 'Partnership', id, ministryCommitments: [{ status: 'DONE' }] })),
      ...Array.from({ length: n }, (_, index) => ({ __typename: 'StaffMember', id: `1b000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}` })),
    ];
    const one = await statementsFor(query, { r: representations(1) });
    const eight = await statementsFor(query, { r: representations(8) });
    expect(eight.count).toBe(one.count);
  });
});
