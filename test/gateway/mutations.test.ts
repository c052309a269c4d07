// Mutations sent to the gateway: one request changes the region's data and reads back, in the
// same response, fields the ministry resolves; errors keep their code and argument; the audit
// log records the caller and the gateway's request id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphForTest, type CallOptions, type TestGraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

// The audit actor is the bearer token's subject.
const actor: CallOptions = { as: { subject: 'rh.tanger@region.demo.invalid', role: 'region-hr', regionCode: 'MA-01' } };

const SCHEDULE = `mutation Schedule($input: ScheduleTrainingSessionInput!, $key: String) {
  scheduleTrainingSession(input: $input, idempotencyKey: $key) {
    id version status capacity
    trainer { fullName specialties }
    programme { code }
  }
}`;

function session(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: 'MA-01',
    title: { fr: 'Accueil des usagers en ligne (démo)', ar: 'استقبال المرتفقين (تجريبي)' },
    theme: 'RECEPTION_QUALITY',
    startsOn: '2031-03-10',
    endsOn: '2031-03-11',
    hours: 12,
    location: 'Tanger, siège du Conseil',
    capacity: 2,
    trainerId: demoIds.expert[3],
    programmeId: demoIds.programme[0],
    ...overrides,
  };
}

describe('mutations through the gateway', () => {
  it('schedules a session and enrolls staff, reading the trainer’s specialties from the ministry in the same response', async () => {
    const scheduled = await graph.request(SCHEDULE, { input: session(), key: 'gateway-schedule-1' }, actor);
    expect(scheduled.body.errors).toBeUndefined();
    const created = scheduled.body.data.scheduleTrainingSession;
    expect(created).toMatchObject({ version: 1, status: 'SCHEDULED', capacity: 2, programme: { code: 'PRG-RH-2018' } });
    expect(created.trainer.specialties.length).toBeGreaterThan(0);

    const staff = await graph.sql.region<{ id: string }[]>`
      select id from staff_members where region_code = 'MA-01' order by id limit 1`;
    const enrolled = await graph.request(
      `mutation($input: EnrollStaffInput!) { enrollStaff(input: $input) {
        staffMember { id }
        trainingSession { id enrollments { totalCount } trainer { fullName specialties languages } }
      } }`,
      { input: { sessionId: created.id, staffMemberId: staff[0]!.id } },
      actor,
    );
    expect(enrolled.body.errors).toBeUndefined();
    const enrollment = enrolled.body.data.enrollStaff;
    expect(enrollment.staffMember.id).toBe(staff[0]!.id);
    expect(enrollment.trainingSession.enrollments.totalCount).toBe(1);
    expect(enrollment.trainingSession.trainer).toMatchObject({ fullName: created.trainer.fullName, specialties: created.trainer.specialties });
    expect(enrollment.trainingSession.trainer.languages.length).toBeGreaterThan(0);
  });

  it('a retried create with the same idempotency key returns the first session, not a second one', async () => {
    const input = session({ startsOn: '2031-05-05', endsOn: '2031-05-05', hours: 6, trainerId: demoIds.expert[4] });
    const first = await graph.request(SCHEDULE, { input, key: 'gateway-retry-1' }, actor);
    const retry = await graph.request(SCHEDULE, { input, key: 'gateway-retry-1' }, actor);
    expect(retry.body.data.scheduleTrainingSession.id).toBe(first.body.data.scheduleTrainingSession.id);
    const [{ count } = { count: -1 }] = await graph.sql.region<{ count: number }[]>`
      select count(*)::int as count from training_sessions where starts_on = '2031-05-05'`;
    expect(count).toBe(1);
  });

  it('passes a validation error on with its code and the argument to fix, and writes nothing', async () => {
    const response = await graph.request(SCHEDULE, { input: session({ startsOn: '2031-06-10', endsOn: '2031-06-01' }) }, actor);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.endsOn' });
    expect(response.body.data).toBeNull();
    const [{ count } = { count: -1 }] = await graph.sql.region<{ count: number }[]>`
      select count(*)::int as count from training_sessions where starts_on = '2031-06-10'`;
    expect(count).toBe(0);
  });

  it('refuses a trainer the ministry does not know with NOT_FOUND naming the argument', async () => {
    const response = await graph.request(
      SCHEDULE,
      { input: session({ startsOn: '2031-07-01', endsOn: '2031-07-01', hours: 6, trainerId: '0c000000-0000-4000-8000-000000000999' }) },
      actor,
    );
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'input.trainerId' });
  });

  it('records the caller and the gateway’s request id in the region’s audit log', async () => {
    const response = await graph.request(SCHEDULE, { input: session({ startsOn: '2031-08-01', endsOn: '2031-08-01', hours: 6, trainerId: demoIds.expert[5] }) }, actor);
    const id = response.body.data.scheduleTrainingSession.id;
    const requestId = response.headers.get('x-request-id');
    const audit = await graph.request(
      `query($id: ID!) { regionAuditLog(filter: { targetType: "TrainingSession", targetId: $id }) {
        totalCount edges { node { actor requestId operation before after } } } }`,
      { id },
      { as: { subject: 'auditor@ministere.demo.invalid', role: 'ministry-analyst' } },
    );
    expect(audit.body.data.regionAuditLog.totalCount).toBe(1);
    expect(audit.body.data.regionAuditLog.edges[0].node).toMatchObject({
      actor: 'rh.tanger@region.demo.invalid',
      requestId,
      operation: 'scheduleTrainingSession',
      before: null,
      after: expect.objectContaining({ id, capacity: 2 }),
    });
  });
});
