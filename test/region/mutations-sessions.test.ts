import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRows, dayOffset, expectCode, missingUuid, newKey, SCHEDULE, seed, SESSION_FIELDS, sessionInput, startClient, type Client,
} from './mutation-support.js';

// Scheduling, rescheduling, cancelling and completing training sessions, on real PostgreSQL,
// with the ministry subgraph answering for trainer and programme ids.

let client: Client;
beforeAll(async () => {
  client = await startClient({ withMinistry: true });
});
afterAll(async () => {
  await client?.close();
});

const schedule = async (overrides: Record<string, unknown> = {}, key?: string) =>
  (await client.data(SCHEDULE, { input: sessionInput(overrides), key })).scheduleTrainingSession;
const scheduleError = (overrides: Record<string, unknown>) => client.errorOf(SCHEDULE, { input: sessionInput(overrides) });

const RESCHEDULE = `mutation($input: RescheduleTrainingSessionInput!) { rescheduleTrainingSession(input: $input) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { ${SESSION_FIELDS} } }`;
const COMPLETE = `mutation($input: CompleteTrainingSessionInput!) { completeTrainingSession(input: $input) { ${SESSION_FIELDS} } }`;

const sessionCount = async () => Number((await client.region.sql`select count(*) as n from training_sessions`)[0]!.n);

describe('scheduleTrainingSession', () => {
  it('creates a session, returns it with its ministry references, and audits it with actor and request id', async () => {
    const response = await client.region.request(SCHEDULE, { input: sessionInput({ startsOn: dayOffset(300), endsOn: dayOffset(302), hours: 18 }) }, {
      as: { subject: 'planner@ma-01', role: 'region-hr', regionCode: 'MA-01' },
      headers: { 'x-request-id': 'req-schedule-1' },
    });
    expect(response.body.errors).toBeUndefined();
    const session = response.body.data.scheduleTrainingSession;
    expect(session).toMatchObject({
      status: 'SCHEDULED', version: 1, startsOn: dayOffset(300), endsOn: dayOffset(302), capacity: 10,
      trainer: { id: seed.expert[7] }, programme: { id: seed.programme[1] }, enrollments: { totalCount: 0 },
    });
    const audit = await auditRows(client.region, 'TrainingSession', session.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'planner@ma-01', request_id: 'req-schedule-1', operation: 'scheduleTrainingSession', before: null });
    expect(audit[0]!.after).toMatchObject({ id: session.id, status: 'SCHEDULED', trainerExpertId: seed.expert[7], capacity: 10 });
  });

  it('answers a retry with the same idempotency key with the first session, creating nothing more', async () => {
    const key = newKey();
    const before = await sessionCount();
    const first = await schedule({ startsOn: dayOffset(310), endsOn: dayOffset(310), hours: 6, trainerId: seed.expert[6] }, key);
    const retry = await schedule({ startsOn: dayOffset(310), endsOn: dayOffset(310), hours: 6, trainerId: seed.expert[6] }, key);
    expect(retry.id).toBe(first.id);
    expect(await sessionCount()).toBe(before + 1);
    // A key is its caller's: the same caller reusing it for another operation is a mistake.
    const planner = { subject: 'test-planner', role: 'region-hr', regionCode: 'MA-01' } as const;
    const reused = await client.errorOf(`mutation($key: String) { enrollStaff(input: { sessionId: "${first.id}", staffMemberId: "${seed.staff(1)}" }, idempotencyKey: $key) { id } }`, { key }, planner);
    expect(expectCode(reused, 'BAD_USER_INPUT', 'idempotencyKey')).toMatch(/already used for scheduleTrainingSession/);
  });

  it('rejects invalid input with BAD_USER_INPUT naming the argument and what to fix', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ startsOn: dayOffset(320), endsOn: dayOffset(319) }, 'input.endsOn', /must be on or after `input.startsOn`/],
      [{ capacity: 0 }, 'input.capacity', /at least 1/],
      [{ capacity: 501 }, 'input.capacity', /at most 500/],
      [{ hours: 0 }, 'input.hours', /at least 1/],
      [{ hours: 49 }, 'input.hours', /do not fit in 2 day\(s\).*at most 48 hours/],
      [{ title: { fr: '   ' } }, 'input.title.fr', /must not be blank/],
      [{ title: { fr: 'x'.repeat(201) } }, 'input.title.fr', /at most 200 characters/],
      [{ location: 'x'.repeat(201) }, 'input.location', /at most 200/],
      [{ status: 'COMPLETED' }, 'input.status', /must be PLANNED or SCHEDULED/],
      [{ trainerId: null }, 'input.trainerId', /SCHEDULED session needs a trainer/],
      [{ location: null }, 'input.location', /SCHEDULED session needs a location/],
      [{ trainerId: 'not-a-uuid' }, 'input.trainerId', /must be the id of a ministry Expert/],
      [{ partnershipId: seed.partnership.oriental }, 'input.partnershipId', /partnership of MA-02, not of MA-01/],
    ];
    const before = await sessionCount();
    for (const [overrides, argumentName, message] of cases) {
      expect(expectCode(await scheduleError(overrides), 'BAD_USER_INPUT', argumentName)).toMatch(message);
    }
    // Enum values GraphQL itself does not know are refused before any resolver runs.
    expectCode(await scheduleError({ theme: 'COOKING' }), 'BAD_USER_INPUT');
    expect(await sessionCount()).toBe(before);
  });

  it('answers NOT_FOUND, naming the argument, for ids that do not exist here or in the ministry', async () => {
    const before = await sessionCount();
    expectCode(await scheduleError({ trainerId: missingUuid }), 'NOT_FOUND', 'input.trainerId');
    expectCode(await scheduleError({ programmeId: missingUuid }), 'NOT_FOUND', 'input.programmeId');
    expectCode(await scheduleError({ regionCode: 'MA-13' }), 'NOT_FOUND', 'input.regionCode');
    // The one region-code check: anything that is not one of the 12 codes, in both subgraphs.
    expect(expectCode(await scheduleError({ regionCode: 'Tanger' }), 'NOT_FOUND', 'input.regionCode')).toMatch(/MA-01 to MA-12/);
    expectCode(await scheduleError({ partnershipId: missingUuid }), 'NOT_FOUND', 'input.partnershipId');
    // A PLANNED session may wait for its trainer.
    expect((await schedule({ status: 'PLANNED', trainerId: null, location: null })).status).toBe('PLANNED');
    expect(await sessionCount()).toBe(before + 1);
  });

  it('never gives an expert two overlapping sessions: checked, enforced by the database, and under concurrency', async () => {
    const first = await schedule({ startsOn: dayOffset(500), endsOn: dayOffset(503), trainerId: seed.expert[5] });
    const message = expectCode(await scheduleError({ startsOn: dayOffset(503), endsOn: dayOffset(504), trainerId: seed.expert[5] }), 'CONFLICT', 'input.trainerId');
    expect(message).toContain(first.id);
    // Back to back is fine; a cancelled session frees its trainer.
    await schedule({ startsOn: dayOffset(504), endsOn: dayOffset(504), hours: 6, trainerId: seed.expert[5] });
    await client.data(CANCEL, { input: { id: first.id, expectedVersion: 1, reason: 'Salle indisponible' } });
    await schedule({ startsOn: dayOffset(501), endsOn: dayOffset(502), trainerId: seed.expert[5] });

    // The exclusion constraint refuses what bypasses the mutations, too.
    await expect(client.region.sql`insert into training_sessions (id, region_code, title_fr, theme, starts_on, ends_on, hours, capacity, status, trainer_expert_id)
      values (gen_random_uuid(), 'MA-01', 'contournement', 'HR_MANAGEMENT', ${dayOffset(502)}, ${dayOffset(502)}, 6, 5, 'PLANNED', ${seed.expert[5]})`)
      .rejects.toMatchObject({ code: '23P01', constraint_name: 'training_sessions_trainer_no_overlap' });

    const attempts = 8;
    const results = await Promise.all(Array.from({ length: attempts }, (_, index) =>
      client.region.request(SCHEDULE, { input: sessionInput({ startsOn: dayOffset(600 + (index % 2)), endsOn: dayOffset(601), trainerId: seed.expert[4] }) })));
    const succeeded = results.filter((result) => !result.body.errors);
    expect(succeeded).toHaveLength(1);
    for (const result of results.filter((r) => r.body.errors)) expectCode(result.body.errors[0], 'CONFLICT', 'input.trainerId');
  });
});

describe('rescheduleTrainingSession', () => {
  it('moves dates, location, capacity and trainer, bumps the version and audits before/after', async () => {
    const session = await schedule({ startsOn: dayOffset(700), endsOn: dayOffset(700), hours: 6 });
    const { rescheduleTrainingSession: moved } = await client.data(RESCHEDULE, {
      input: { id: session.id, expectedVersion: 1, startsOn: dayOffset(710), endsOn: dayOffset(711), location: 'Annexe, Tétouan', capacity: 15, trainerId: seed.expert[3] },
    });
    expect(moved).toMatchObject({ version: 2, startsOn: dayOffset(710), endsOn: dayOffset(711), location: 'Annexe, Tétouan', capacity: 15, hours: 6, trainer: { id: seed.expert[3] } });
    const [audit] = await auditRows(client.region, 'TrainingSession', session.id).then((rows) => rows.slice(-1));
    expect(audit!.operation).toBe('rescheduleTrainingSession');
    expect(audit!.before).toMatchObject({ startsOn: dayOffset(700), version: 1, trainerExpertId: seed.expert[7] });
    expect(audit!.after).toMatchObject({ startsOn: dayOffset(710), version: 2, trainerExpertId: seed.expert[3] });

    const stale = await client.errorOf(RESCHEDULE, { input: { id: session.id, expectedVersion: 1, capacity: 12 } });
    expect(expectCode(stale, 'CONFLICT', 'input.expectedVersion')).toMatch(/is at version 2, not 1/);
    expect(stale.extensions.currentVersion).toBe(2);
  });

  it('checks the merged session: date order, hours, trainer, capacity against enrollments, and overlaps of enrolled staff', async () => {
    const session = await schedule({ startsOn: dayOffset(800), endsOn: dayOffset(801), capacity: 3, trainerId: seed.expert[2] });
    const input = (fields: Record<string, unknown>) => ({ input: { id: session.id, expectedVersion: 1, ...fields } });
    expectCode(await client.errorOf(RESCHEDULE, input({ endsOn: dayOffset(799) })), 'BAD_USER_INPUT', 'input.endsOn');
    expectCode(await client.errorOf(RESCHEDULE, input({ startsOn: dayOffset(802) })), 'BAD_USER_INPUT', 'input.startsOn');
    expectCode(await client.errorOf(RESCHEDULE, input({ hours: 100 })), 'BAD_USER_INPUT', 'input.hours');
    expectCode(await client.errorOf(RESCHEDULE, input({ trainerId: null })), 'BAD_USER_INPUT', 'input.trainerId');
    expectCode(await client.errorOf(RESCHEDULE, input({})), 'BAD_USER_INPUT', 'input');
    expectCode(await client.errorOf(RESCHEDULE, input({ status: 'CANCELLED' })), 'BAD_USER_INPUT', 'input.status');
    expectCode(await client.errorOf(RESCHEDULE, input({ trainerId: missingUuid })), 'NOT_FOUND', 'input.trainerId');
    expectCode(await client.errorOf(RESCHEDULE, { input: { id: missingUuid, expectedVersion: 1, capacity: 4 } }), 'NOT_FOUND', 'input.id');

    const busy = await schedule({ startsOn: dayOffset(820), endsOn: dayOffset(820), hours: 6, trainerId: seed.expert[1] });
    expect(expectCode(await client.errorOf(RESCHEDULE, input({ trainerId: seed.expert[1], startsOn: dayOffset(819), endsOn: dayOffset(820) })), 'CONFLICT', 'input.trainerId')).toContain(busy.id);

    // Two staff enrolled: capacity cannot drop below 2, and the session cannot move onto
    // another session one of them attends.
    const other = await schedule({ startsOn: dayOffset(830), endsOn: dayOffset(830), hours: 6, trainerId: seed.expert[0] });
    for (const [sessionId, staff] of [[session.id, 5], [session.id, 6], [other.id, 6]] as const) {
      await client.data(`mutation { enrollStaff(input: { sessionId: "${sessionId}", staffMemberId: "${seed.staff(staff)}" }) { id } }`);
    }
    expect(expectCode(await client.errorOf(RESCHEDULE, input({ capacity: 1 })), 'CONFLICT', 'input.capacity')).toMatch(/2 staff enrolled/);
    const clash = await client.errorOf(RESCHEDULE, input({ startsOn: dayOffset(829), endsOn: dayOffset(830) }));
    expect(expectCode(clash, 'CONFLICT', 'input.startsOn')).toContain(other.id);
    expect((await client.data(RESCHEDULE, input({ capacity: 2, status: 'PLANNED' }))).rescheduleTrainingSession).toMatchObject({ capacity: 2, status: 'PLANNED', version: 2 });
  });
});

describe('cancelTrainingSession and completeTrainingSession', () => {
  it('cancels once, with a reason; a second cancel, a reschedule or a completion of it is a CONFLICT', async () => {
    const session = await schedule({ startsOn: dayOffset(900), endsOn: dayOffset(900), hours: 6, trainerId: seed.expert[0] });
    expectCode(await client.errorOf(CANCEL, { input: { id: session.id, expectedVersion: 1, reason: '  ' } }), 'BAD_USER_INPUT', 'input.reason');
    expectCode(await client.errorOf(CANCEL, { input: { id: session.id, expectedVersion: 3, reason: 'x' } }), 'CONFLICT', 'input.expectedVersion');
    const { cancelTrainingSession: cancelled } = await client.data(CANCEL, { input: { id: session.id, expectedVersion: 1, reason: 'Formateur indisponible' } });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Formateur indisponible', version: 2 });
    const again = await client.errorOf(CANCEL, { input: { id: session.id, expectedVersion: 2, reason: 'encore' } });
    expect(expectCode(again, 'CONFLICT', 'input.id')).toMatch(/already cancelled \(reason: Formateur indisponible\)/);
    expect(expectCode(await client.errorOf(RESCHEDULE, { input: { id: session.id, expectedVersion: 2, capacity: 5 } }), 'CONFLICT', 'input.id')).toMatch(/CANCELLED/);
    expectCode(await client.errorOf(COMPLETE, { input: { id: session.id, expectedVersion: 2 } }), 'CONFLICT', 'input.id');
    const audit = await auditRows(client.region, 'TrainingSession', session.id);
    expect(audit.map((row) => row.operation)).toEqual(['scheduleTrainingSession', 'cancelTrainingSession']);
    expect(audit[1]!.before.status).toBe('SCHEDULED');
    expect(audit[1]!.after).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Formateur indisponible' });
  });

  it('completes a session once it has ended, and never a completed one again', async () => {
    const future = await schedule({ startsOn: dayOffset(950), endsOn: dayOffset(950), hours: 6, trainerId: seed.expert[0] });
    expect(expectCode(await client.errorOf(COMPLETE, { input: { id: future.id, expectedVersion: 1 } }), 'CONFLICT', 'input.id')).toMatch(/complete it once it has ended/);
    const past = await schedule({ startsOn: dayOffset(-20), endsOn: dayOffset(-19), trainerId: seed.expert[6] });
    expect((await client.data(COMPLETE, { input: { id: past.id, expectedVersion: 1 } })).completeTrainingSession).toMatchObject({ status: 'COMPLETED', version: 2 });
    expect(expectCode(await client.errorOf(COMPLETE, { input: { id: past.id, expectedVersion: 2 } }), 'CONFLICT', 'input.id')).toMatch(/COMPLETED/);
    const audit = await auditRows(client.region, 'TrainingSession', past.id);
    expect(audit.map((row) => [row.operation, row.before?.status ?? null, row.after.status])).toEqual([
      ['scheduleTrainingSession', null, 'SCHEDULED'], ['completeTrainingSession', 'SCHEDULED', 'COMPLETED'],
    ]);
    // A completed session takes no more enrollments.
    const refused = await client.errorOf(`mutation { enrollStaff(input: { sessionId: "${past.id}", staffMemberId: "${seed.staff(12)}" }) { id } }`);
    expect(expectCode(refused, 'CONFLICT', 'input.sessionId')).toMatch(/COMPLETED/);
    expectCode(await client.errorOf(CANCEL, { input: { id: seed.session(1), expectedVersion: 1, reason: 'trop tard' } }), 'CONFLICT', 'input.id');
  });
});
