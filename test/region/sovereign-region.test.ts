// A region on its own PostgreSQL (docs/regions.md): two PostgreSQL servers, the national one (the
// test server) and MA-03's own (a second embedded server). MA-03 runs the region subgraph on its
// database; the national database reads MA-03's rows live through postgres_fdw. A write through
// MA-03's deployment shows in the national graph at once; with MA-03's server stopped, the
// national graph still answers for the other regions and names MA-03 in a coded error.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { connect, ensureDatabases, prepareDatabase, startEmbeddedPostgres, type EmbeddedServer } from '#kit/db';
import { freePort } from '../../scripts/supervisor.js';
import { attachSovereignRegion, sovereignRegions } from '../../subgraphs/region/src/db/sovereign.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { regionDataset } from '../../subgraphs/region/src/subgraph.js';
import { readFileSync } from 'node:fs';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway.js';
import { supergraphPath } from '../../gateway/src/paths.js';
import { runChecks } from '../../scripts/conformance/checks.js';
import { bearerToken, startGraphForTest, startSubgraphForTest, TEST_AUTH, type TestGraph, type TestSubgraph } from '../support/harness.js';

const hr03: Identity = { subject: 'sovereign.test@ma03.demo.invalid', role: 'region-hr', regionCode: 'MA-03' };
const analyst: Identity = { subject: 'sovereign.test@ministere.demo.invalid', role: 'ministry-analyst' };

let ownServer: EmbeddedServer | undefined;
let ownData: string;
let ownDeployment: TestSubgraph;
let national: TestGraph;
/** MA-03's own gateway: its region subgraph, the national ministry. */
let ownGateway: RunningGateway | undefined;
beforeAll(async () => {
  ownData = mkdtempSync(path.join(tmpdir(), 'passerelle-ma03-'));
  // The embedded server runs as the postgres user: it must be able to create its cluster here.
  chmodSync(ownData, 0o777);
  ownServer = await startEmbeddedPostgres({ dataDir: path.join(ownData, 'pg'), port: await freePort(), ephemeral: true });
  await ensureDatabases(ownServer.urlFor('postgres'), ['passerelle_region_ma03']);
  const ownUrl = ownServer.urlFor('passerelle_region_ma03');
  // The region's own database: the same migrations (and reference data), none of the demo rows.
  await prepareDatabase(regionDataset, ownUrl, { seed: false });
  national = await startGraphForTest({
    beforeStart: async (urls) => {
      const sql = connect(urls.region, { max: 1 });
      try {
        await attachSovereignRegion(sql, 'MA-03', ownUrl);
        expect(await sovereignRegions(sql)).toEqual(['MA-03']);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  });
  ownDeployment = await startSubgraphForTest('region', { database: { url: ownUrl, drop: async () => {} }, peers: { ministry: national.subgraphs.ministry.url } });
  ownGateway = await startGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: { region: ownDeployment.url, ministry: national.subgraphs.ministry.url },
    port: 0,
    clientTokens: TEST_AUTH.clientTokens,
    internalSecret: TEST_AUTH.internalSecret,
  });
}, 120_000);
afterAll(async () => {
  await ownGateway?.close();
  await ownDeployment?.close();
  await national?.close();
  await ownServer?.stop().catch(() => {});
  rmSync(ownData, { recursive: true, force: true });
});

const STAFF_OF = `query($code: ID!) { region(code: $code) { code staffMembers(first: 50) { totalCount edges { node { fullName } } } } }`;

describe('a region on its own database, in the national graph', () => {
  it('a write through the region’s own deployment is in the national graph at once', async () => {
    const created = await ownDeployment.request(`mutation { createStaffMember(input: { regionCode: "MA-03", fullName: "Agent souverain (test)", grade: "G", corps: "C", department: "D", jobTitle: "J" }) { id } }`, undefined, { as: hr03 });
    expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
    // Nothing was written to the national database itself: the row is MA-03's.
    expect(await national.sql.region`select id from only staff_members where region_code = 'MA-03'`).toHaveLength(0);
    const { body } = await national.request(STAFF_OF, { code: 'MA-03' }, { as: analyst });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.region.staffMembers.edges.map((edge: { node: { fullName: string } }) => edge.node.fullName)).toEqual(['Agent souverain (test)']);
  });

  it('the national deployment reads the region’s rows but refuses to write them: the region’s own deployment does', async () => {
    const created = await national.request(`mutation { createStaffMember(input: { regionCode: "MA-03", fullName: "Agent national (test)", grade: "G", corps: "C", department: "D", jobTitle: "J" }) { id } }`, undefined, { as: hr03 });
    expect(created.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(created.body.errors[0].message).toBe('MA-03 keeps its own database: write its data through its own deployment.');
    const [row] = await national.sql.region`select id, version from staff_members where region_code = 'MA-03'`;
    const updated = await national.request(`mutation($id: ID!, $v: Int!) { updateStaffMember(input: { id: $id, expectedVersion: $v, jobTitle: "Changé" }) { id } }`, { id: row!.id, v: row!.version }, { as: hr03 });
    expect(updated.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await ownDeployment.sql`select job_title from staff_members where id = ${row!.id}`)[0]!.job_title).toBe('J');
    // Rows without a region of their own: refused by their parent's region.
    const session = await ownDeployment.request(`mutation { scheduleTrainingSession(input: { regionCode: "MA-03", title: { fr: "Session souveraine (test)" }, theme: HR_MANAGEMENT, startsOn: "2031-03-03", endsOn: "2031-03-03", hours: 6, capacity: 5, status: PLANNED }) { id } }`, undefined, { as: hr03 });
    expect(session.body.errors, JSON.stringify(session.body.errors)).toBeUndefined();
    const enrolled = await national.request(`mutation($input: EnrollStaffInput!) { enrollStaff(input: $input) { id } }`, {
      input: { sessionId: session.body.data.scheduleTrainingSession.id, staffMemberId: row!.id },
    }, { as: hr03 });
    expect(enrolled.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await national.sql.region`select id from enrollments where session_id = ${session.body.data.scheduleTrainingSession.id}`).toHaveLength(0);
  });

  it('the conformance suite passes against both: MA-03’s own deployment, and the national one for a hosted region', async () => {
    const auditToken = await bearerToken(analyst);
    const own = await runChecks({ gatewayUrl: ownGateway!.url, region: 'MA-03', token: await bearerToken(hr03), auditToken });
    expect(own.filter((result) => !result.passed || result.skipped).map((result) => `${result.name}: ${result.detail}`)).toEqual([]);
    const hr01: Identity = { subject: 'sovereign.test@ma01.demo.invalid', role: 'region-hr', regionCode: 'MA-01' };
    const hosted = await runChecks({ gatewayUrl: national.url, region: 'MA-01', token: await bearerToken(hr01), auditToken });
    expect(hosted.filter((result) => !result.passed || result.skipped).map((result) => `${result.name}: ${result.detail}`)).toEqual([]);
  });

  it('refuses an expert double-booked across the national database and MA-03’s own', async () => {
    const hr01: Identity = { subject: 'sovereign.test@ma01.demo.invalid', role: 'region-hr', regionCode: 'MA-01' };
    const SCHEDULE = `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`;
    const session = (regionCode: string, startsOn: string, endsOn: string) => ({
      regionCode, title: { fr: `Session (test ${regionCode})` }, theme: 'HR_MANAGEMENT', startsOn, endsOn, hours: 12, capacity: 5, status: 'PLANNED', trainerId: demoIds.expert[3],
    });
    const hosted = await national.request(SCHEDULE, { input: session('MA-01', '2032-05-10', '2032-05-12') }, { as: hr01 });
    expect(hosted.body.errors, JSON.stringify(hosted.body.errors)).toBeUndefined();
    // MA-03's database cannot see MA-01's session: the ministry's calendar refuses it.
    const clash = await ownDeployment.request(SCHEDULE, { input: session('MA-03', '2032-05-12', '2032-05-13') }, { as: hr03 });
    expect(clash.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.trainerId', bookedBy: 'MA-01' });
    // The other way round the national database, which reads MA-03's sessions, refuses it too.
    const own = await ownDeployment.request(SCHEDULE, { input: session('MA-03', '2032-06-10', '2032-06-12') }, { as: hr03 });
    expect(own.body.errors, JSON.stringify(own.body.errors)).toBeUndefined();
    const back = await national.request(SCHEDULE, { input: session('MA-01', '2032-06-11', '2032-06-11') }, { as: hr01 });
    expect(back.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.trainerId' });
  });

  it('with the region’s server stopped, other regions still answer and the region’s part is a coded error', async () => {
    const before = await national.request(STAFF_OF, { code: 'MA-01' }, { as: analyst });
    await ownGateway?.close();
    ownGateway = undefined;
    await ownDeployment.close();
    await ownServer!.stop();
    ownServer = undefined;
    const other = await national.request(STAFF_OF, { code: 'MA-01' }, { as: analyst });
    expect(other.body.errors, JSON.stringify(other.body.errors)).toBeUndefined();
    expect(other.body.data.region.staffMembers.totalCount).toBe(before.body.data.region.staffMembers.totalCount);
    const sessions = await national.request(`{ trainingSessions(first: 5, filter: { regionCode: "MA-01" }) { totalCount } }`, undefined, { as: analyst });
    expect(sessions.body.errors, JSON.stringify(sessions.body.errors)).toBeUndefined();

    const gone = await national.request(STAFF_OF, { code: 'MA-03' }, { as: analyst });
    expect(gone.body.errors).toHaveLength(1);
    expect(gone.body.errors[0].extensions).toMatchObject({ code: 'REGION_UNAVAILABLE', regionCode: 'MA-03' });
    expect(gone.body.errors[0].message).not.toMatch(/select|postgres|127\.0\.0\.1/i);
  });
});
