import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// A field a role may not read answers null with FORBIDDEN naming it; everything else the role
// may read still answers (the three queries that used to blank the whole answer).

const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
const viewer: Identity = { subject: 'viewer@ma01.test', role: 'region-viewer', regionCode: 'MA-01' };
const expert: Identity = { subject: 'expert@ministry.test', role: 'expert', expertId: demoIds.expert[0] };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const forbiddenFields = (body: { errors?: { extensions?: { code?: string; field?: string } }[] }) =>
  (body.errors ?? []).map((error) => `${error.extensions?.code} ${error.extensions?.field}`);

describe('denial nulls only the denied field', () => {
  it('ministry-analyst: partnerships answer, trainingSessions (region-hr only) is null', async () => {
    const response = await graph.request('{ partnerships { edges { node { id title { fr } trainingSessions(first: 1) { totalCount } } } } }', {}, { as: analyst });
    const nodes = response.body.data.partnerships.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.title.fr).toBeTruthy();
      expect(node.trainingSessions).toBeNull();
    }
    expect(new Set(forbiddenFields(response.body))).toEqual(new Set(['FORBIDDEN Partnership.trainingSessions']));
  });

  it('region-viewer: the region’s partnership answers, with only trainingSessions null', async () => {
    const response = await graph.request('{ region(code: "MA-01") { code partnership { title { fr } signedIn trainingSessions(first: 1) { totalCount } } } }', {}, { as: viewer });
    expect(response.body.data.region.partnership.title.fr).toMatch(/Convention/);
    expect(response.body.data.region.partnership.trainingSessions).toBeNull();
    expect(forbiddenFields(response.body)).toEqual(['FORBIDDEN Partnership.trainingSessions']);
  });

  it('expert: a participant’s name answers, the grade is null', async () => {
    const sessions = await graph.request('{ trainingSessions(first: 5) { edges { node { enrollments(first: 1) { edges { node { staffMember { id } } } } } } } }', {}, { as: expert });
    const staffId = sessions.body.data.trainingSessions.edges.flatMap((edge: any) => edge.node.enrollments.edges)[0].node.staffMember.id;
    const response = await graph.request('query($id: ID!) { staffMember(id: $id) { fullName grade department } }', { id: staffId }, { as: expert });
    expect(response.body.data.staffMember.fullName).toBeTruthy();
    expect(response.body.data.staffMember.grade).toBeNull();
    expect(response.body.data.staffMember.department).toBeNull();
    expect(new Set(forbiddenFields(response.body))).toEqual(new Set(['FORBIDDEN StaffMember.grade', 'FORBIDDEN StaffMember.department']));
  });

  it('the public: sibling root fields answer beside a denied one', async () => {
    const response = await graph.request('{ regions { totalCount } staffMembers { totalCount } experts { totalCount } }');
    expect(response.body.data.regions.totalCount).toBe(12);
    expect(response.body.data.staffMembers).toBeNull();
    expect(response.body.data.experts).toBeNull();
    expect(new Set(forbiddenFields(response.body))).toEqual(new Set(['FORBIDDEN Query.staffMembers', 'FORBIDDEN Query.experts']));
  });
});
