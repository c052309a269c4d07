import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';

// A region-hr of MA-02 aiming a mutation at MA-01's rows learns nothing about them: the answer
// is exactly the one an unknown id gets (same code, same argument, same message but for the
// id), and nothing is written. The write is authorized before any of its work, in the lock.

const hr02: Identity = { subject: 'hr@ma02.test', role: 'region-hr', regionCode: 'MA-02' };
const unknownId = '99999999-0000-4000-8000-000000000000';

let region: TestSubgraph;
const target: Record<string, string> = {};

beforeAll(async () => {
  region = await startSubgraphForTest('region');
  const one = async (query: Promise<{ id: string }[]>) => (await query)[0]!.id;
  target.staff = await one(region.sql`select id from staff_members where region_code = 'MA-01' order by id limit 1`);
  target.openSession = await one(region.sql`select id from training_sessions where region_code = 'MA-01' and status in ('SCHEDULED', 'PLANNED') order by id limit 1`);
  target.session = await one(region.sql`select id from training_sessions where region_code = 'MA-01' order by id limit 1`);
  target.enrollment = await one(region.sql`select e.id from enrollments e join training_sessions s on s.id = e.session_id where s.region_code = 'MA-01' order by e.id limit 1`);
  target.document = await one(region.sql`select id from documents where region_code = 'MA-01' order by id limit 1`);
  target.procedure = await one(region.sql`select id from procedures where region_code = 'MA-01' order by id limit 1`);
  target.commitment = await one(region.sql`select c.id from region_commitments c join region_partnerships p on p.partnership_id = c.partnership_id where p.region_code = 'MA-01' order by c.id limit 1`);
  target.actionPlanItem = await one(region.sql`select a.id from action_plan_items a join region_partnerships p on p.partnership_id = a.partnership_id where p.region_code = 'MA-01' order by a.id limit 1`);
  target.ownStaff = await one(region.sql`select id from staff_members where region_code = 'MA-02' order by id limit 1`);
  target.ownSession = await one(region.sql`select id from training_sessions where region_code = 'MA-02' and status in ('SCHEDULED', 'PLANNED') order by id limit 1`);
});

afterAll(() => region?.close());

/** Every region mutation that names an existing row: the row's slot is `$id`. */
const mutations: { name: string; target: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'updateStaffMember', target: 'staff', query: 'mutation($id: ID!) { updateStaffMember(input: { id: $id, expectedVersion: 1, jobTitle: "Probe" }) { id } }' },
  { name: 'rescheduleTrainingSession', target: 'openSession', query: 'mutation($id: ID!) { rescheduleTrainingSession(input: { id: $id, expectedVersion: 1, location: "Probe" }) { id } }' },
  { name: 'cancelTrainingSession', target: 'openSession', query: 'mutation($id: ID!) { cancelTrainingSession(input: { id: $id, expectedVersion: 1, reason: "Probe" }) { id } }' },
  { name: 'completeTrainingSession', target: 'session', query: 'mutation($id: ID!) { completeTrainingSession(input: { id: $id, expectedVersion: 1 }) { id } }' },
  { name: 'enrollStaff (their session)', target: 'openSession', query: 'mutation($id: ID!, $staff: ID!) { enrollStaff(input: { sessionId: $id, staffMemberId: $staff }) { id } }', variables: { staff: 'ownStaff' } },
  { name: 'enrollStaff (their staff member)', target: 'staff', query: 'mutation($id: ID!, $session: ID!) { enrollStaff(input: { sessionId: $session, staffMemberId: $id }) { id } }', variables: { session: 'ownSession' } },
  { name: 'withdrawStaff', target: 'enrollment', query: 'mutation($id: ID!) { withdrawStaff(input: { enrollmentId: $id }) { withdrawnEnrollmentId } }' },
  { name: 'recordAttendance', target: 'enrollment', query: 'mutation($id: ID!) { recordAttendance(input: { enrollmentId: $id, expectedVersion: 1, attended: true }) { id } }' },
  { name: 'addDocumentVersion', target: 'document', query: 'mutation($id: ID!) { addDocumentVersion(input: { documentId: $id, expectedVersion: 1, language: FR }) { id } }' },
  { name: 'publishDocument', target: 'document', query: 'mutation($id: ID!) { publishDocument(input: { documentId: $id, expectedVersion: 1 }) { id } }' },
  { name: 'recordProcedureDigitisation', target: 'procedure', query: 'mutation($id: ID!) { recordProcedureDigitisation(input: { procedureId: $id, expectedVersion: 1, digitisation: ONLINE, note: "Probe" }) { id } }' },
  { name: 'updateRegionCommitmentStatus', target: 'commitment', query: 'mutation($id: ID!) { updateRegionCommitmentStatus(input: { commitmentId: $id, expectedVersion: 1, status: DONE, note: "Probe" }) { version } }' },
  { name: 'updateActionPlanItemStatus', target: 'actionPlanItem', query: 'mutation($id: ID!) { updateActionPlanItemStatus(input: { actionPlanItemId: $id, expectedVersion: 1, status: DONE, note: "Probe" }) { id } }' },
];

/** What a client sees of an answer, with the id it asked about blanked out. */
function seen(body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }, id: string) {
  return {
    data: body.data ?? null,
    errors: (body.errors ?? []).map((error) => ({ ...error, message: error.message.replaceAll(id, '<id>') })),
  };
}

async function auditCount(): Promise<number> {
  const [row] = await region.sql<{ n: number }[]>`select count(*)::int as n from audit_log`;
  return row!.n;
}

describe('region-hr of MA-02 on MA-01 rows: the answer an unknown id gets', () => {
  for (const mutation of mutations) {
    it(mutation.name, async () => {
      const extra = Object.fromEntries(Object.entries(mutation.variables ?? {}).map(([name, key]) => [name, target[key as string]]));
      const foreignId = target[mutation.target]!;
      const before = await auditCount();
      const foreign = await region.request(mutation.query, { ...extra, id: foreignId }, { as: hr02 });
      const unknown = await region.request(mutation.query, { ...extra, id: unknownId }, { as: hr02 });
      expect(foreign.body.errors?.[0]?.extensions?.code, JSON.stringify(foreign.body)).toBe('NOT_FOUND');
      expect(seen(foreign.body, foreignId)).toEqual(seen(unknown.body, unknownId));
      expect(foreign.status).toBe(unknown.status);
      expect(await auditCount()).toBe(before);
    });
  }

  const creates = [
    'createStaffMember(input: { regionCode: "MA-01", fullName: "Probe", grade: "G", corps: "C", department: "D", jobTitle: "J" }) { id }',
    'createDocument(input: { regionCode: "MA-01", kind: REPORT, title: { fr: "Probe" }, language: FR }) { id }',
    'scheduleTrainingSession(input: { regionCode: "MA-01", title: { fr: "Probe" }, theme: HR_MANAGEMENT, startsOn: "2031-01-06", endsOn: "2031-01-06", hours: 6, capacity: 10, status: PLANNED }) { id }',
  ];
  for (const create of creates) {
    it(`a create in MA-01 (${create.slice(0, create.indexOf('('))}) is FORBIDDEN naming input.regionCode (regions are public), and writes nothing`, async () => {
      const before = await auditCount();
      const response = await region.request(`mutation { ${create} }`, {}, { as: hr02 });
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'input.regionCode' });
      expect(await auditCount()).toBe(before);
    });
  }

  it('a trainer busy in another region’s session: CONFLICT that does not name that session', async () => {
    const [busy] = await region.sql<{ id: string; title_fr: string; trainer_expert_id: string; starts_on: string; ends_on: string }[]>`
      select id, title_fr, trainer_expert_id, starts_on::text, ends_on::text from training_sessions
      where region_code = 'MA-01' and trainer_expert_id is not null and status <> 'CANCELLED' order by starts_on desc limit 1`;
    const response = await region.request(
      `mutation($trainer: ID!, $on: LocalDate!) { scheduleTrainingSession(input: { regionCode: "MA-02", title: { fr: "Probe" }, theme: HR_MANAGEMENT,
        startsOn: $on, endsOn: $on, hours: 6, capacity: 10, status: SCHEDULED, location: "Oujda", trainerId: $trainer }) { id } }`,
      { trainer: busy!.trainer_expert_id, on: busy!.starts_on },
      { as: hr02 },
    );
    expect(response.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(response.body.errors[0].message).toMatch(/already trains another session/);
    expect(JSON.stringify(response.body)).not.toContain(busy!.id);
    expect(JSON.stringify(response.body)).not.toContain(busy!.title_fr);
  });
});
