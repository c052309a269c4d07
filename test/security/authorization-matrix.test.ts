// What each role may read or change, through the real gateway and subgraphs: every root query
// field × role, cross-region attempts (list, id, alias, fragment, nested relation, `_entities`),
// personal data, and one representative mutation per subgraph. Denied data must appear nowhere
// in the response body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER, type Identity } from '#kit/auth';
import { internalToken, postGraphQL, startGraphForTest, type GraphQLResponse, type TestGraph } from '../support/harness.js';

let graph: TestGraph;

type Who = 'public' | 'region-viewer' | 'region-hr' | 'ministry-analyst' | 'ministry-admin' | 'expert';
const WHO: Who[] = ['public', 'region-viewer', 'region-hr', 'ministry-analyst', 'ministry-admin', 'expert'];
const admin: Identity = { subject: 'admin@ministere.test', role: 'ministry-admin' };
const viewer: Identity = { subject: 'viewer@ma01.test', role: 'region-viewer', regionCode: 'MA-01' };
const hr: Identity = { subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' };
const hr02: Identity = { subject: 'hr@ma02.test', role: 'region-hr', regionCode: 'MA-02' };

interface Seeded {
  staff01: { id: string; fullName: string; email: string | null }[];
  staff02: { id: string; fullName: string; email: string | null }[];
  session01: string;
  session02: string;
  trainer01: string;
  trainerOnly02: string | undefined;
  programmeId: string;
  bestPracticeId: string;
  partnershipId: string;
  procedureId: string;
  documentId: string;
  unpublished02: string | undefined;
  regionCommitmentId: string;
  ministryCommitmentId: string;
}
let seed: Seeded;
let expert: Identity;

function identityOf(who: Who): Identity | null {
  switch (who) {
    case 'public': return null;
    case 'region-viewer': return viewer;
    case 'region-hr': return hr;
    case 'ministry-analyst': return { subject: 'analyst@ministere.test', role: 'ministry-analyst' };
    case 'ministry-admin': return admin;
    case 'expert': return expert;
  }
}

const ask = (who: Who | Identity, query: string, variables?: Record<string, unknown>) =>
  graph.request(query, variables, { as: typeof who === 'string' ? identityOf(who) : who });

async function asAdmin<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await graph.request(query, variables, { as: admin });
  expect(response.body.errors).toBeUndefined();
  return response.body.data as T;
}

const codes = (response: GraphQLResponse) => (response.body.errors ?? []).map((error: any) => error.extensions?.code);

/** The other region's names and e-mails: none may appear in a response meant to hide them. */
function expectNoForeignStaff(response: GraphQLResponse) {
  const body = JSON.stringify(response.body);
  for (const staff of seed.staff02) {
    expect(body).not.toContain(staff.fullName);
    expect(body).not.toContain(staff.id);
    if (staff.email) expect(body).not.toContain(staff.email);
  }
}

beforeAll(async () => {
  graph = await startGraphForTest();
  // Contact details are readable only by the region's own region-hr.
  const staff = async (code: string) => (await graph.request(
    `query($code: ID!) { staffMembers(first: 100, filter: { regionCode: $code }) { edges { node { id fullName contact { email } } } } }`,
    { code },
    { as: code === 'MA-01' ? hr : hr02 },
  )).body.data.staffMembers.edges.map(({ node }: any) => ({ id: node.id, fullName: node.fullName, email: node.contact?.email ?? null }));
  const sessions = async (code: string) => (await asAdmin(
    `query($code: ID!) { trainingSessions(first: 100, filter: { regionCode: $code }) { edges { node { id trainer { id } } } } }`,
    { code },
  )).trainingSessions.edges.map(({ node }: any) => ({ id: node.id, trainer: node.trainer?.id as string | undefined }));
  const [staff01, staff02, sessions01, sessions02] = await Promise.all([staff('MA-01'), staff('MA-02'), sessions('MA-01'), sessions('MA-02')]);
  const withTrainer01 = sessions01.find((s: any) => s.trainer)!;
  const trainers01 = new Set(sessions01.map((s: any) => s.trainer));
  const other = await asAdmin(`{
    programmes(first: 1) { edges { node { id } } }
    bestPractices(first: 1) { edges { node { id } } }
    partnerships(first: 1) { edges { node { id ministryCommitments { id } regionCommitments { id } } } }
    procedures(first: 1) { edges { node { id } } }
    published: documents(first: 1, filter: { published: true }) { edges { node { id } } }
    unpublished: documents(first: 1, filter: { published: false, regionCode: "MA-02" }) { edges { node { id } } }
  }`);
  const partnership = other.partnerships.edges[0].node;
  seed = {
    staff01, staff02,
    session01: withTrainer01.id,
    session02: sessions02[0].id,
    trainer01: withTrainer01.trainer,
    trainerOnly02: sessions02.map((s: any) => s.trainer).find((id: string | undefined) => id && !trainers01.has(id)),
    programmeId: other.programmes.edges[0].node.id,
    bestPracticeId: other.bestPractices.edges[0].node.id,
    partnershipId: partnership.id,
    procedureId: other.procedures.edges[0].node.id,
    documentId: other.published.edges[0].node.id,
    unpublished02: other.unpublished.edges[0]?.node.id,
    regionCommitmentId: partnership.regionCommitments[0].id,
    ministryCommitmentId: partnership.ministryCommitments[0].id,
  };
  expert = { subject: 'expert@ministere.test', role: 'expert', expertId: seed.trainer01 };
  expect(staff01.length).toBeGreaterThan(0);
  expect(staff02.length).toBeGreaterThan(0);
}, 120_000);
afterAll(async () => {
  await graph?.close();
});

// ——— Every root query field × every role ———————————————————————————————————————————————

type Outcome = 'ok' | 'forbidden';
const everyone = (): Record<Who, Outcome> => ({ public: 'ok', 'region-viewer': 'ok', 'region-hr': 'ok', 'ministry-analyst': 'ok', 'ministry-admin': 'ok', expert: 'ok' });
const notPublic = (): Record<Who, Outcome> => ({ ...everyone(), public: 'forbidden' });
const only = (...roles: Who[]): Record<Who, Outcome> =>
  Object.fromEntries(WHO.map((who) => [who, roles.includes(who) ? 'ok' : 'forbidden'])) as Record<Who, Outcome>;

const rootFields: { field: string; query: () => string; outcome: Record<Who, Outcome> }[] = [
  { field: 'regions', query: () => '{ regions { totalCount } }', outcome: everyone() },
  { field: 'region', query: () => '{ region(code: "MA-01") { code } }', outcome: everyone() },
  { field: 'partnerships', query: () => '{ partnerships { totalCount } }', outcome: everyone() },
  { field: 'partnership', query: () => `{ partnership(id: "${seed.partnershipId}") { id progress { percentComplete } } }`, outcome: everyone() },
  { field: 'programmes', query: () => '{ programmes { totalCount } }', outcome: everyone() },
  { field: 'programme', query: () => `{ programme(id: "${seed.programmeId}") { id } }`, outcome: everyone() },
  { field: 'bestPractices', query: () => '{ bestPractices { totalCount } }', outcome: everyone() },
  { field: 'bestPractice', query: () => `{ bestPractice(id: "${seed.bestPracticeId}") { id } }`, outcome: everyone() },
  { field: 'procedures', query: () => '{ procedures { totalCount } }', outcome: everyone() },
  { field: 'procedure', query: () => `{ procedure(id: "${seed.procedureId}") { id } }`, outcome: everyone() },
  { field: 'documents', query: () => '{ documents(filter: { published: true }) { totalCount } }', outcome: everyone() },
  { field: 'document', query: () => `{ document(id: "${seed.documentId}") { id } }`, outcome: everyone() },
  { field: 'ministryCommitmentFollowUp', query: () => `{ ministryCommitmentFollowUp(commitmentId: "${seed.ministryCommitmentId}") { commitment { id } } }`, outcome: everyone() },
  { field: 'regionCommitmentFollowUp', query: () => `{ regionCommitmentFollowUp(commitmentId: "${seed.regionCommitmentId}") { commitment { id } } }`, outcome: everyone() },
  { field: 'experts', query: () => '{ experts { totalCount } }', outcome: notPublic() },
  { field: 'expert', query: () => `{ expert(id: "${seed.trainer01}") { id fullName } }`, outcome: notPublic() },
  { field: 'staffMembers', query: () => '{ staffMembers(filter: { regionCode: "MA-01" }) { totalCount edges { node { fullName } } } }', outcome: notPublic() },
  { field: 'staffMember', query: () => `{ staffMember(id: "${seed.staff01[0]!.id}") { id } }`, outcome: notPublic() },
  { field: 'trainingSessions', query: () => '{ trainingSessions(filter: { regionCode: "MA-01" }) { totalCount } }', outcome: notPublic() },
  { field: 'trainingSession', query: () => `{ trainingSession(id: "${seed.session01}") { id } }`, outcome: notPublic() },
  { field: 'regionAuditLog', query: () => '{ regionAuditLog { totalCount } }', outcome: only('ministry-analyst', 'ministry-admin') },
  { field: 'ministryAuditLog', query: () => '{ ministryAuditLog { totalCount } }', outcome: only('ministry-admin') },
];

describe('every root query field × every role', () => {
  for (const { field, query, outcome } of rootFields) {
    for (const who of WHO) {
      it(`${field} as ${who}: ${outcome[who]}`, async () => {
        const response = await ask(who, query());
        expect(response.status).toBe(200);
        if (outcome[who] === 'ok') {
          expect(response.body.errors).toBeUndefined();
          expect(response.body.data[field]).not.toBeUndefined();
        } else {
          expect(codes(response)).toContain('FORBIDDEN');
          expect(response.body.data?.[field] ?? null).toBeNull();
        }
      });
    }
  }
});

// ——— Row scope: what each role sees of the region-owned data ——————————————————————————————

describe('row scope on lists', () => {
  it('a region-viewer listing staff and sessions without a region filter sees only their region', async () => {
    const response = await ask('region-viewer', `{
      staffMembers(first: 100) { totalCount edges { node { fullName region { code } } } }
      trainingSessions(first: 100) { totalCount edges { node { region { code } } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const { staffMembers, trainingSessions } = response.body.data;
    expect(staffMembers.totalCount).toBe(seed.staff01.length);
    expect(new Set(staffMembers.edges.map((e: any) => e.node.region.code))).toEqual(new Set(['MA-01']));
    expect(new Set(trainingSessions.edges.map((e: any) => e.node.region.code))).toEqual(new Set(['MA-01']));
    expectNoForeignStaff(response);
  });

  for (const who of ['region-viewer', 'region-hr'] as const) {
    it(`${who} asking for another region's rows by filter gets empty lists`, async () => {
      const response = await ask(who, `{
        staffMembers(filter: { regionCode: "MA-02" }) { totalCount edges { node { fullName } } }
        trainingSessions(filter: { regionCode: "MA-02" }) { totalCount edges { node { id } } }
      }`);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.staffMembers).toEqual({ totalCount: 0, edges: [] });
      expect(response.body.data.trainingSessions).toEqual({ totalCount: 0, edges: [] });
      expectNoForeignStaff(response);
    });
  }

  for (const who of ['ministry-analyst', 'ministry-admin'] as const) {
    it(`${who} sees every region's staff`, async () => {
      const response = await ask(who, '{ staffMembers(first: 100) { totalCount } }');
      expect(response.body.data.staffMembers.totalCount).toBe(seed.staff01.length + seed.staff02.length);
    });
  }

  it('an expert sees only the sessions they train, and of their participants only the name', async () => {
    const response = await ask('expert', `{
      trainingSessions(first: 100) { edges { node { id trainer { id } enrollments(first: 20) { edges { node { staffMember { fullName } } } } } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data.trainingSessions.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.trainer.id).toBe(seed.trainer01);
    const denied = await ask('expert', `{ staffMembers(first: 100) { edges { node { fullName grade } } } }`);
    expect(codes(denied)).toContain('FORBIDDEN');
    expect(JSON.stringify(denied.body)).toContain('StaffMember.grade');
  });

  it('the public sees only published documents', async () => {
    const response = await ask('public', '{ documents(first: 100) { edges { node { published } } } }');
    expect(response.body.errors).toBeUndefined();
    for (const { node } of response.body.data.documents.edges) expect(node.published).toBe(true);
  });
});

describe('cross-region attempts by a region-viewer of MA-01', () => {
  it('by id: another region’s staff member and session are null, without an error', async () => {
    const response = await ask('region-viewer', `{
      staffMember(id: "${seed.staff02[0]!.id}") { fullName contact { email } }
      trainingSession(id: "${seed.session02}") { id title { fr } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ staffMember: null, trainingSession: null });
    expectNoForeignStaff(response);
  });

  it('through aliases', async () => {
    const response = await ask('region-viewer', `{
      mine: staffMember(id: "${seed.staff01[0]!.id}") { fullName }
      theirs: staffMember(id: "${seed.staff02[0]!.id}") { fullName }
      again: staffMember(id: "${seed.staff02[1]?.id ?? seed.staff02[0]!.id}") { name: fullName }
    }`);
    expect(response.body.data.mine.fullName).toBe(seed.staff01[0]!.fullName);
    expect(response.body.data.theirs).toBeNull();
    expect(response.body.data.again).toBeNull();
    expectNoForeignStaff(response);
  });

  it('through fragments', async () => {
    const response = await ask('region-viewer', `
      query { ...Root staffMembers(filter: { regionCode: "MA-02" }) { edges { node { ...Person } } } }
      fragment Root on Query { staffMember(id: "${seed.staff02[0]!.id}") { ...Person } }
      fragment Person on StaffMember { id fullName grade }
    `);
    expect(response.body.data.staffMember).toBeNull();
    expect(response.body.data.staffMembers.edges).toEqual([]);
    expectNoForeignStaff(response);
  });

  it('through nested relations: Region, Expert, Programme, Partnership', async () => {
    const response = await ask('region-viewer', `{
      region(code: "MA-02") {
        staffMembers { totalCount edges { node { fullName } } }
        trainingSessions { totalCount edges { node { id } } }
      }
      programme(id: "${seed.programmeId}") { trainingSessions(first: 100) { edges { node { region { code } } } } }
      experts(first: 20) { edges { node { trainingSessions(first: 20) { edges { node { region { code } enrollments(first: 10) { edges { node { staffMember { fullName } } } } } } } } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.region.staffMembers).toEqual({ totalCount: 0, edges: [] });
    expect(response.body.data.region.trainingSessions).toEqual({ totalCount: 0, edges: [] });
    const regionsSeen = JSON.stringify(response.body.data.programme) + JSON.stringify(response.body.data.experts);
    expect(regionsSeen).not.toContain('MA-02');
    expectNoForeignStaff(response);
  });

  it('through _entities on the subgraph: another region’s keys resolve to null', async () => {
    const url = graph.gateway.subgraphUrls.region!;
    const response = await postGraphQL(url, `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on StaffMember { id fullName contact { email } }
        ... on TrainingSession { id title { fr } }
      }
    }`, {
      representations: [
        { __typename: 'StaffMember', id: seed.staff02[0]!.id },
        { __typename: 'TrainingSession', id: seed.session02 },
        { __typename: 'StaffMember', id: seed.staff01[0]!.id },
      ],
    }, { [INTERNAL_IDENTITY_HEADER]: await internalToken(viewer) });
    expect(response.body.data._entities[0]).toBeNull();
    expect(response.body.data._entities[1]).toBeNull();
    expect(response.body.data._entities[2].fullName).toBe(seed.staff01[0]!.fullName);
    expectNoForeignStaff(response);
  });

  it('another region’s unpublished document by id is null', async () => {
    if (!seed.unpublished02) return;
    const response = await ask('region-viewer', `{ document(id: "${seed.unpublished02}") { id title { fr } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.document).toBeNull();
  });

  it('the public gets empty nested staff and session lists on a public Region', async () => {
    const response = await ask('public', `{ region(code: "MA-01") { code staffMembers { totalCount edges { node { fullName } } } trainingSessions { totalCount } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.region).toEqual({ code: 'MA-01', staffMembers: { totalCount: 0, edges: [] }, trainingSessions: { totalCount: 0 } });
  });

  it('the public resolving an Expert through the ministry’s _entities gets FORBIDDEN, not the name', async () => {
    const url = graph.gateway.subgraphUrls.ministry!;
    const { expert: { fullName } } = await asAdmin(`{ expert(id: "${seed.trainer01}") { fullName } }`);
    const response = await postGraphQL(url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { fullName } } }`,
      { r: [{ __typename: 'Expert', id: seed.trainer01 }] },
      { [INTERNAL_IDENTITY_HEADER]: await internalToken({ subject: 'anonymous', role: 'public' }) });
    expect(codes(response)).toContain('FORBIDDEN');
    expect(JSON.stringify(response.body)).not.toContain(fullName);
  });

  it('region histories of another region’s partnership are empty', async () => {
    const response = await ask(hr02, `{ regionCommitmentFollowUp(commitmentId: "${seed.regionCommitmentId}") { history { on } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.regionCommitmentFollowUp.history).toEqual([]);
  });
});

describe('personal data: StaffMember.contact', () => {
  const query = () => `{ staffMember(id: "${seed.staff01.find((s) => s.email)!.id}") { fullName contact { email } } }`;

  it('region-hr of the staff member’s region reads it, and the read is audited', async () => {
    const before = await graph.sql.region`select count(*)::int as n from audit_log where operation = 'readStaffContact'`;
    const response = await ask('region-hr', `{ staffMembers(first: 3, filter: { regionCode: "MA-01" }) { edges { node { id contact { email } } } } }`);
    expect(response.body.errors).toBeUndefined();
    const ids = response.body.data.staffMembers.edges.map((e: any) => e.node.id);
    const rows = await graph.sql.region`select target_type, target_id, actor, request_id from audit_log where operation = 'readStaffContact' order by id desc limit 3`;
    const after = await graph.sql.region`select count(*)::int as n from audit_log where operation = 'readStaffContact'`;
    expect(after[0]!.n - before[0]!.n).toBe(ids.length);
    expect(new Set(rows.map((row) => row.target_id))).toEqual(new Set(ids));
    for (const row of rows) expect(row).toMatchObject({ target_type: 'StaffMember', actor: hr.subject });
    expect(new Set(rows.map((row) => row.request_id)).size).toBe(1);
  });

  for (const who of ['region-viewer', 'ministry-analyst', 'ministry-admin'] as const) {
    it(`${who}: null plus FORBIDDEN naming the field, the rest answers`, async () => {
      const response = await ask(who, query());
      expect(response.body.data.staffMember.fullName).toMatch(/\S/);
      expect(response.body.data.staffMember.contact).toBeNull();
      const error = response.body.errors.find((e: any) => e.extensions?.code === 'FORBIDDEN');
      expect(error.message).toContain('StaffMember.contact');
      for (const staff of seed.staff01) if (staff.email) expect(JSON.stringify(response.body)).not.toContain(staff.email);
    });
  }

  it('region-hr of another region cannot see the staff member at all', async () => {
    const response = await ask(hr02, query());
    expect(response.body.data.staffMember).toBeNull();
    for (const staff of seed.staff01) if (staff.email) expect(JSON.stringify(response.body)).not.toContain(staff.email);
  });
});

// ——— Mutations: one representative per subgraph, every role ————————————————————————————

describe('region mutation createStaffMember (MA-01) × every role', () => {
  const allowed: Who[] = ['region-hr'];
  const cases: [string, Who | Identity][] = [...WHO.map((who) => [who, who] as [string, Who]), ['region-hr of MA-02', hr02]];
  for (const [label, who] of cases) {
    const ok = typeof who === 'string' && allowed.includes(who);
    it(`${label}: ${ok ? 'allowed' : 'FORBIDDEN, nothing written'}`, async () => {
      const name = `Authz probe ${label} ${Date.now()}`;
      const response = await ask(who, `mutation($name: String!) {
        createStaffMember(input: { regionCode: "MA-01", fullName: $name, grade: "G", corps: "C", department: "D", jobTitle: "J" }) { id fullName }
      }`, { name });
      const rows = await graph.sql.region`select id from staff_members where full_name = ${name}`;
      if (ok) {
        expect(response.body.errors).toBeUndefined();
        expect(rows).toHaveLength(1);
      } else {
        expect(codes(response)).toContain('FORBIDDEN');
        expect(rows).toHaveLength(0);
      }
    });
  }
});

describe('ministry mutation addExpert × every role', () => {
  for (const who of WHO) {
    const ok = who === 'ministry-admin';
    it(`${who}: ${ok ? 'allowed' : 'FORBIDDEN, nothing written'}`, async () => {
      const name = `Authz probe ${who} ${Date.now()}`;
      const response = await ask(who, `mutation($name: String!) {
        addExpert(input: { fullName: $name, organisation: "O", specialties: [HR_MANAGEMENT], languages: ["fr"] }) { id }
      }`, { name });
      const rows = await graph.sql.ministry`select id from experts where full_name = ${name}`;
      if (ok) {
        expect(response.body.errors).toBeUndefined();
        expect(rows).toHaveLength(1);
      } else {
        expect(codes(response)).toContain('FORBIDDEN');
        expect(rows).toHaveLength(0);
      }
    });
  }
});

describe('region-hr changing another region’s rows', () => {
  it('scheduleTrainingSession for another region is FORBIDDEN', async () => {
    const response = await ask(hr02, `mutation {
      scheduleTrainingSession(input: { regionCode: "MA-01", title: { fr: "Authz probe" }, theme: HR_MANAGEMENT, startsOn: "2031-01-06", endsOn: "2031-01-06", hours: 6, capacity: 10, status: PLANNED }) { id }
    }`);
    expect(codes(response)).toContain('FORBIDDEN');
    const rows = await graph.sql.region`select id from training_sessions where title_fr = 'Authz probe'`;
    expect(rows).toHaveLength(0);
  });

  it('updateStaffMember of another region’s staff is NOT_FOUND, as an unknown id, and changes nothing', async () => {
    const target = seed.staff01[0]!;
    const [{ version }] = await graph.sql.region`select version from staff_members where id = ${target.id}` as unknown as [{ version: number }];
    const response = await ask(hr02, `mutation($id: ID!, $v: Int!) { updateStaffMember(input: { id: $id, expectedVersion: $v, jobTitle: "Hijacked" }) { id } }`, { id: target.id, v: version });
    expect(codes(response)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(response.body)).not.toContain(target.fullName);
    const rows = await graph.sql.region`select job_title from staff_members where id = ${target.id}`;
    expect(rows[0]!.job_title).not.toBe('Hijacked');
  });
});
