import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// Identical queries of one caller in flight at once share their subgraph fetches; callers who
// may see different rows never share, and mutations are always sent one by one.

const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
const viewer02: Identity = { subject: 'viewer@ma02.test', role: 'region-viewer', regionCode: 'MA-02' };
const hr01: Identity = { subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' };
const SESSIONS = '{ trainingSessions(first: 100) { totalCount edges { node { id region { code } trainer { fullName } } } } }';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const statementsOf = async (run: () => Promise<unknown>) => {
  graph.resetStatements();
  await run();
  const { region, ministry } = graph.statements();
  return region + ministry;
};

describe('in-flight subgraph fetches', () => {
  it('12 identical queries at once give 12 full answers for fewer statements than 12 one after the other', async () => {
    const alone = await graph.request(SESSIONS, {}, { as: analyst });
    const one = await statementsOf(() => graph.request(SESSIONS, {}, { as: analyst }));
    let answers: Awaited<ReturnType<TestGraph['request']>>[] = [];
    const together = await statementsOf(async () => {
      answers = await Promise.all(Array.from({ length: 12 }, () => graph.request(SESSIONS, {}, { as: analyst })));
    });
    for (const answer of answers) expect(answer.body.data).toEqual(alone.body.data);
    expect(together).toBeLessThan(12 * one);
  });

  it('never shares between callers with different row scopes', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => graph.request(SESSIONS, {}, { as: index % 2 ? viewer02 : analyst })));
    for (const [index, answer] of answers.entries()) {
      const regions = new Set(answer.body.data.trainingSessions.edges.map((edge: any) => edge.node.region.code));
      if (index % 2) expect([...regions]).toEqual(['MA-02']);
      else expect(regions.has('MA-01')).toBe(true);
    }
  });

  it('sends identical mutations one by one', async () => {
    const CREATE = `mutation { createStaffMember(input: { regionCode: "MA-01", fullName: "Twin Probe", grade: "G", corps: "C", department: "D", jobTitle: "J" }) { id } }`;
    const answers = await Promise.all([1, 2, 3].map(() => graph.request(CREATE, {}, { as: hr01 })));
    const ids = answers.map((answer) => answer.body.data.createStaffMember.id);
    expect(new Set(ids).size).toBe(3);
  });
});
