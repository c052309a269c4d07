import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRows, dayOffset, ENROLL, expectCode, missingUuid, newKey, SCHEDULE, seed, sessionInput, startClient, type Client,
} from './mutation-support.js';
import { SERVICE_IDENTITY } from '../support/harness.js';

// Enrollment rules, including the ones that only concurrency can break: seats never exceed
// capacity, and nobody is in two places at once.

let client: Client;
beforeAll(async () => {
  client = await startClient({ withMinistry: true });
});
afterAll(async () => {
  await client?.close();
});

let nextTrainer = 0;
/** A session with its own trainer and dates, so sessions of different tests never collide. */
async function newSession(overrides: Record<string, unknown> = {}) {
  const expert = seed.expert[nextTrainer++ % seed.expert.length];
  const offset = 1000 + nextTrainer * 10;
  const input = sessionInput({ trainerId: expert, startsOn: dayOffset(offset), endsOn: dayOffset(offset + 1), ...overrides });
  return (await client.data(SCHEDULE, { input })).scheduleTrainingSession;
}

const enroll = (sessionId: string, staffMemberId: string, key?: string) =>
  client.region.request(ENROLL, { input: { sessionId, staffMemberId }, key });
const enrolled = async (sessionId: string) =>
  Number((await client.region.sql`select count(*) as n from enrollments where session_id = ${sessionId}`)[0]!.n);

const WITHDRAW = `mutation($input: WithdrawStaffInput!) { withdrawStaff(input: $input) {
  withdrawnEnrollmentId trainingSession { id enrollments { totalCount } } staffMember { id } } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attended evaluation comment version } }`;

describe('enrollStaff', () => {
  it('enrolls, returns the enrollment with its session and staff member, audits it, and is idempotent', async () => {
    const session = await newSession();
    const key = newKey();
    const first = await enroll(session.id, seed.staff(1), key);
    expect(first.body.errors).toBeUndefined();
    const enrollment = first.body.data.enrollStaff;
    expect(enrollment).toMatchObject({ version: 1, attended: null, staffMember: { id: seed.staff(1) }, trainingSession: { id: session.id } });
    const retry = await enroll(session.id, seed.staff(1), key);
    expect(retry.body.data.enrollStaff.id).toBe(enrollment.id);
    expect(await enrolled(session.id)).toBe(1);
    const audit = await auditRows(client.region, 'Enrollment', enrollment.id);
    expect(audit).toHaveLength(1);
    // The harness calls the subgraph as SERVICE_IDENTITY unless told otherwise.
    expect(audit[0]).toMatchObject({ operation: 'enrollStaff', actor: SERVICE_IDENTITY.subject, before: null, after: { sessionId: session.id, staffId: seed.staff(1) } });
  });

  it('never exceeds capacity under concurrent requests: 20 requests for the last 3 seats', async () => {
    const capacity = 5;
    const session = await newSession({ capacity });
    for (const staff of [1, 2]) expect((await enroll(session.id, seed.staff(staff))).body.errors).toBeUndefined();
    const attempts = 20;
    const results = await Promise.all(Array.from({ length: attempts }, (_, index) => enroll(session.id, seed.staff(3 + index))));
    const successes = results.filter((result) => !result.body.errors).length;
    const refusals = results.filter((result) => result.body.errors).map((result) => result.body.errors[0]);
    console.log(`concurrent enrollStaff: ${attempts} attempts for ${capacity - 2} free seats (capacity ${capacity}) → ${successes} succeeded, ${refusals.length} refused`);
    expect(successes).toBe(3);
    expect(refusals).toHaveLength(17);
    for (const error of refusals) expect(expectCode(error, 'CONFLICT', 'input.sessionId')).toMatch(/is full: all 5 seats are taken/);
    expect(await enrolled(session.id)).toBe(capacity);
  });

  it('never enrolls one person twice, nor in two overlapping sessions, even concurrently', async () => {
    const a = await newSession();
    const b = await newSession({ startsOn: a.startsOn, endsOn: a.endsOn });
    const staff = seed.staff(23);
    const results = await Promise.all(Array.from({ length: 10 }, (_, index) => enroll(index % 2 ? a.id : b.id, staff)));
    expect(results.filter((result) => !result.body.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.body.errors)) {
      expect(expectCode(result.body.errors[0], 'CONFLICT', 'input.staffMemberId')).toMatch(/already enrolled/);
    }
    const rows = await client.region.sql`select session_id from enrollments where staff_id = ${staff} and session_id in ${client.region.sql([a.id, b.id])}`;
    expect(rows).toHaveLength(1);

    const sessionOfStaff = rows[0]!.session_id as string;
    const twice = (await enroll(sessionOfStaff, staff)).body.errors[0];
    expect(expectCode(twice, 'CONFLICT', 'input.staffMemberId')).toMatch(/already enrolled in training session/);
    const other = sessionOfStaff === a.id ? b : a;
    const overlap = (await enroll(other.id, staff)).body.errors[0];
    expect(expectCode(overlap, 'CONFLICT', 'input.staffMemberId')).toContain(sessionOfStaff);
  });

  it('refuses cancelled and completed sessions, unknown ids and staff of another region', async () => {
    const session = await newSession();
    await client.data(`mutation { cancelTrainingSession(input: { id: "${session.id}", expectedVersion: 1, reason: "Report" }) { id } }`);
    expect(expectCode((await enroll(session.id, seed.staff(4))).body.errors[0], 'CONFLICT', 'input.sessionId')).toMatch(/cancelled/);
    expect(expectCode((await enroll(seed.session(1), seed.staff(4))).body.errors[0], 'CONFLICT', 'input.sessionId')).toMatch(/COMPLETED/);
    const open = await newSession();
    expectCode((await enroll(missingUuid, seed.staff(4))).body.errors[0], 'NOT_FOUND', 'input.sessionId');
    expectCode((await enroll(open.id, missingUuid)).body.errors[0], 'NOT_FOUND', 'input.staffMemberId');
    expectCode((await enroll('session-1', seed.staff(4))).body.errors[0], 'BAD_USER_INPUT', 'input.sessionId');
    expect(expectCode((await enroll(open.id, seed.staff(101))).body.errors[0], 'BAD_USER_INPUT', 'input.staffMemberId')).toMatch(/works for MA-02/);
    expect(await enrolled(open.id)).toBe(0);
  });
});

describe('withdrawStaff', () => {
  it('removes the enrollment, frees the seat, audits the deletion, and allows enrolling again', async () => {
    const session = await newSession({ capacity: 1 });
    const { id } = (await enroll(session.id, seed.staff(7))).body.data.enrollStaff;
    expectCode(await client.errorOf(WITHDRAW, { input: { enrollmentId: id, expectedVersion: 2 } }), 'CONFLICT', 'input.expectedVersion');
    const { withdrawStaff } = await client.data(WITHDRAW, { input: { enrollmentId: id, expectedVersion: 1 } });
    expect(withdrawStaff).toEqual({ withdrawnEnrollmentId: id, trainingSession: { id: session.id, enrollments: { totalCount: 0 } }, staffMember: { id: seed.staff(7) } });
    const audit = await auditRows(client.region, 'Enrollment', id);
    expect(audit.map((row) => [row.operation, row.before?.id ?? null, row.after?.id ?? null])).toEqual([['enrollStaff', null, id], ['withdrawStaff', id, null]]);
    expectCode(await client.errorOf(WITHDRAW, { input: { enrollmentId: id } }), 'NOT_FOUND', 'input.enrollmentId');
    // Attendance is only for enrolled staff: a withdrawn enrollment has none to record.
    expectCode(await client.errorOf(ATTEND, { input: { enrollmentId: id, expectedVersion: 1, attended: true } }), 'NOT_FOUND', 'input.enrollmentId');
    expect((await enroll(session.id, seed.staff(8))).body.errors).toBeUndefined();
  });
});

describe('recordAttendance', () => {
  it('records attendance and an evaluation once the session has started, only for enrolled staff', async () => {
    const future = await newSession();
    const futureEnrollment = (await enroll(future.id, seed.staff(9))).body.data.enrollStaff;
    const early = await client.errorOf(ATTEND, { input: { enrollmentId: futureEnrollment.id, expectedVersion: 1, attended: true } });
    expect(expectCode(early, 'CONFLICT', 'input.enrollmentId')).toMatch(/record attendance once it has started/);

    const started = await newSession({ startsOn: dayOffset(0), endsOn: dayOffset(1) });
    const { id } = (await enroll(started.id, seed.staff(10))).body.data.enrollStaff;
    const input = (fields: Record<string, unknown>) => ({ input: { enrollmentId: id, expectedVersion: 1, attended: true, ...fields } });
    expect(expectCode(await client.errorOf(ATTEND, input({ attended: false, evaluation: 4 })), 'BAD_USER_INPUT', 'input.evaluation')).toMatch(/only a participant who attended/);
    expectCode(await client.errorOf(ATTEND, input({ evaluation: 6 })), 'BAD_USER_INPUT', 'input.evaluation');
    expectCode(await client.errorOf(ATTEND, input({ evaluation: 0 })), 'BAD_USER_INPUT', 'input.evaluation');
    expectCode(await client.errorOf(ATTEND, input({ comment: 'x'.repeat(2001) })), 'BAD_USER_INPUT', 'input.comment');
    expectCode(await client.errorOf(ATTEND, input({ enrollmentId: missingUuid })), 'NOT_FOUND', 'input.enrollmentId');

    const recorded = (await client.data(ATTEND, input({ evaluation: 5, comment: 'Très concret' }))).recordAttendance;
    expect(recorded).toEqual({ id, attended: true, evaluation: 5, comment: 'Très concret', version: 2 });
    const stale = await client.errorOf(ATTEND, input({ evaluation: 4 }));
    expect(expectCode(stale, 'CONFLICT', 'input.expectedVersion')).toMatch(/version 2, not 1/);
    expect(stale.extensions.currentVersion).toBe(2);
    const [audit] = (await auditRows(client.region, 'Enrollment', id)).slice(-1);
    expect(audit).toMatchObject({ operation: 'recordAttendance', before: { attended: null, version: 1 }, after: { attended: true, evaluation: 5, version: 2 } });
    // Recorded attendance is history: no withdrawing any more.
    expectCode(await client.errorOf(WITHDRAW, { input: { enrollmentId: id } }), 'CONFLICT', 'input.enrollmentId');
  });

  it('refuses attendance in a cancelled session', async () => {
    const session = await newSession({ startsOn: dayOffset(-3), endsOn: dayOffset(-2) });
    const { id } = (await enroll(session.id, seed.staff(11))).body.data.enrollStaff;
    await client.data(`mutation { cancelTrainingSession(input: { id: "${session.id}", expectedVersion: 1, reason: "Annulée" }) { id } }`);
    const error = await client.errorOf(ATTEND, { input: { enrollmentId: id, expectedVersion: 1, attended: false } });
    expect(expectCode(error, 'CONFLICT', 'input.enrollmentId')).toMatch(/cancelled/);
  });
});
