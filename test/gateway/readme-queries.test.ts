// README's example queries, run as written through the real gateway against both subgraphs:
// if the README drifts from the schema or the data, this fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphForTest, type TestGraph } from '../support/harness.js';
import type { Identity, Role } from '#kit/auth';
import { readmeMutations, readmeQueries, readmeQueryRoles } from '../support/readme.js';

const analyst: Identity = { subject: 'readme@demo.invalid', role: 'ministry-analyst' };
/** The token README's note asks for ("(send a ministry-analyst token)"); none: the public role. */
function identityFor(index: number): Identity | null {
  const role = readmeQueryRoles()[index] as Role | undefined;
  return role ? { subject: 'readme@demo.invalid', role } : null;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

async function run(index: number) {
  const query = readmeQueries()[index];
  expect(query, `README has a graphql block #${index + 1}`).toBeDefined();
  graph.resetStatements();
  const response = await graph.request(query!, undefined, { as: identityFor(index) });
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

describe('README queries through the gateway', () => {
  it('has four example queries, the three showing staff data and experts marked with the token they need', () => {
    expect(readmeQueries()).toHaveLength(4);
    expect(readmeQueryRoles()).toEqual([undefined, 'ministry-analyst', 'ministry-analyst', 'ministry-analyst']);
  });

  it('1: the MA-01 partnership with both parties’ commitments and progress', async () => {
    const { region } = await run(0);
    expect(region.name).toEqual({ fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'طنجة تطوان الحسيمة' });
    const partnership = region.partnership;
    expect(partnership).toMatchObject({ signedIn: '2018-04', signedAt: 'Tanger' });
    expect(partnership.signatories.map((s: { party: string }) => s.party).sort()).toEqual(['MINISTRY', 'REGION']);
    expect(partnership.objectives.length).toBeGreaterThanOrEqual(4);
    // Each party's commitments come from its own subgraph, in one response.
    expect(partnership.ministryCommitments.length).toBeGreaterThan(0);
    expect(partnership.regionCommitments.length).toBeGreaterThan(0);
    const allText = JSON.stringify(partnership.regionCommitments);
    expect(allText).toMatch(/formation/i);
    // Progress is computed by the region from both parties' statuses (@requires).
    const done = (list: { status: string }[]) => list.filter((c) => c.status === 'DONE').length;
    expect(partnership.progress.ministryCommitmentsTotal).toBe(
      partnership.ministryCommitments.filter((c: { status: string }) => c.status !== 'CANCELLED').length,
    );
    expect(partnership.progress.ministryCommitmentsDone).toBe(done(partnership.ministryCommitments));
    expect(partnership.progress.regionCommitmentsDone).toBe(done(partnership.regionCommitments));
    expect(partnership.progress.percentComplete).toBeGreaterThan(0);
    expect(partnership.progress.percentComplete).toBeLessThanOrEqual(100);
  });

  it('2: the region’s sessions with each trainer’s specialties from the ministry', async () => {
    const { trainingSessions } = await run(1);
    expect(trainingSessions.totalCount).toBeGreaterThan(0);
    expect(trainingSessions.edges.length).toBeGreaterThan(0);
    for (const { node } of trainingSessions.edges) {
      expect(node.trainer.fullName).toMatch(/\S/);
      expect(node.trainer.specialties.length).toBeGreaterThan(0);
      expect(node.enrollments.totalCount).toBeGreaterThan(0);
      for (const { node: enrollment } of node.enrollments.edges) {
        expect(enrollment.staffMember.fullName).toMatch(/\S/);
        expect(typeof enrollment.attended).toBe('boolean');
      }
    }
  });

  it('3: an expert with every session they delivered in the region', async () => {
    const { experts } = await run(2);
    const expert = experts.edges[0].node;
    expect(expert.specialties).toContain('HR_MANAGEMENT');
    expect(expert.assignments.edges.length).toBeGreaterThan(0);
    expect(expert.assignments.edges[0].node.region.name.fr).toMatch(/\S/);
    expect(expert.trainingSessions.totalCount).toBeGreaterThan(0);
    expect(expert.trainingSessions.edges[0].node.region.code).toMatch(/^MA-\d\d$/);
  });

  it('4: programmes with the sessions run under them and the regions enrolled', async () => {
    const { programmes } = await run(3);
    expect(programmes.edges.length).toBe(4);
    const withSessions = programmes.edges.filter(({ node }: { node: { trainingSessions: { totalCount: number } } }) => node.trainingSessions.totalCount > 0);
    expect(withSessions.length).toBeGreaterThan(0);
    const regionNames = programmes.edges.flatMap(({ node }: { node: { regions: { name: { fr: string } }[] } }) => node.regions.map((r) => r.name.fr));
    expect(regionNames).toContain('Tanger-Tétouan-Al Hoceïma');
  });

  it('answers unknown ids with null through the gateway', async () => {
    const response = await graph.request(
      '{ region(code: "MA-99") { code } expert(id: "00000000-0000-4000-8000-000000000000") { fullName trainingSessions { totalCount } } }',
      undefined,
      { as: analyst },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ region: null, expert: null });
  });

  it('gives a clear BAD_USER_INPUT for a page over the cap, naming the argument', async () => {
    const response = await graph.request('{ programmes { edges { node { trainingSessions(first: 500) { totalCount } } } } }');
    const error = response.body.errors[0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(error.message).toMatch(/between 0 and 100/);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|select |postgres/i);
  });

  it('reports both subgraphs healthy', async () => {
    const response = await fetch(new URL('/health', graph.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', subgraphs: { region: 'ok', ministry: 'ok' } });
  });
});

describe('README mutations through the gateway', () => {
  it('has two example mutations, each of which runs as written', async () => {
    const [schedule, followUp] = readmeMutations();
    expect(followUp).toBeDefined();
    const scheduled = await graph.request(schedule!, undefined, { as: { subject: 'readme@demo.invalid', role: 'region-hr', regionCode: 'MA-01' } });
    expect(scheduled.body.errors).toBeUndefined();
    expect(scheduled.body.data.scheduleTrainingSession).toMatchObject({ version: 1, status: 'SCHEDULED' });
    expect(scheduled.body.data.scheduleTrainingSession.trainer.specialties.length).toBeGreaterThan(0);

    const updated = await graph.request(followUp!, undefined, { as: { subject: 'readme@demo.invalid', role: 'ministry-admin' } });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateMinistryCommitmentStatus).toMatchObject({ version: 2, commitment: { status: 'DONE' } });
    expect(updated.body.data.updateMinistryCommitmentStatus.partnership.progress.percentComplete).toBeGreaterThan(0);
  });
});
