// The trainer's calendar is the ministry's: two regions whose sessions live in two different
// databases (the national one, and a region that keeps its own) share one ministry, and an
// expert booked by one cannot be double-booked by the other. Real subgraphs over HTTP, three
// fresh databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { dayOffset, SCHEDULE, sessionInput } from './mutation-support.js';

let ministry: TestSubgraph;
let national: TestSubgraph;
let ownDatabase: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
  [national, ownDatabase] = await Promise.all([
    startSubgraphForTest('region', { peers: { ministry: ministry.url } }),
    startSubgraphForTest('region', { peers: { ministry: ministry.url } }),
  ]);
});
afterAll(async () => {
  await national?.close();
  await ownDatabase?.close();
  await ministry?.close();
});

const hr01: Identity = { subject: 'calendar.test@ma01.demo.invalid', role: 'region-hr', regionCode: 'MA-01' };
const hr03: Identity = { subject: 'calendar.test@ma03.demo.invalid', role: 'region-hr', regionCode: 'MA-03' };
const trainer = demoIds.expert[5];

async function schedule(region: TestSubgraph, as: Identity, overrides: Record<string, unknown>) {
  const { body } = await region.request(SCHEDULE, { input: sessionInput({ regionCode: as.regionCode, trainerId: trainer, ...overrides }) }, { as });
  return body;
}

const bookingsOf = () => ministry.sql<{ region_code: string; starts_on: string; ends_on: string }[]>`
  select region_code, starts_on::text, ends_on::text from expert_bookings where expert_id = ${trainer} order by starts_on`;

describe('an expert’s calendar across regions with their own databases', () => {
  it('refuses a second region’s session on days the expert trains for the first, and frees them on cancellation', async () => {
    const first = await schedule(national, hr01, { startsOn: dayOffset(500), endsOn: dayOffset(502) });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(await bookingsOf()).toEqual([{ region_code: 'MA-01', starts_on: dayOffset(500), ends_on: dayOffset(502) }]);

    // MA-03's database knows nothing of MA-01's session: only the ministry can refuse this.
    const clash = await schedule(ownDatabase, hr03, { startsOn: dayOffset(501), endsOn: dayOffset(503) });
    expect(clash.errors).toHaveLength(1);
    expect(clash.errors[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.trainerId', bookedBy: 'MA-01' });
    expect(clash.errors[0].message).toContain(`from ${dayOffset(500)} to ${dayOffset(502)}`);
    // Refused there, so nothing was written here.
    expect(await ownDatabase.sql`select id from training_sessions where starts_on = ${dayOffset(501)}`).toHaveLength(0);

    const other = await schedule(ownDatabase, hr03, { startsOn: dayOffset(510), endsOn: dayOffset(511) });
    expect(other.errors, JSON.stringify(other.errors)).toBeUndefined();

    const session = first.data.scheduleTrainingSession;
    const cancelled = await national.request(`mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { status } }`, {
      input: { id: session.id, expectedVersion: session.version, reason: 'Test du calendrier' },
    }, { as: hr01 });
    expect(cancelled.body.errors, JSON.stringify(cancelled.body.errors)).toBeUndefined();
    const retried = await schedule(ownDatabase, hr03, { startsOn: dayOffset(501), endsOn: dayOffset(503) });
    expect(retried.errors, JSON.stringify(retried.errors)).toBeUndefined();
    expect((await bookingsOf()).map((booking) => booking.region_code)).toEqual(['MA-03', 'MA-03']);
  });

  it('moves the booking with a rescheduled session, and refuses a move onto another region’s days', async () => {
    const a = (await schedule(national, hr01, { startsOn: dayOffset(600), endsOn: dayOffset(600) })).data.scheduleTrainingSession;
    const b = (await schedule(ownDatabase, hr03, { startsOn: dayOffset(620), endsOn: dayOffset(620) })).data.scheduleTrainingSession;
    const RESCHEDULE = `mutation($input: RescheduleTrainingSessionInput!) { rescheduleTrainingSession(input: $input) { startsOn version } }`;
    const moved = await national.request(RESCHEDULE, { input: { id: a.id, expectedVersion: a.version, startsOn: dayOffset(605), endsOn: dayOffset(605) } }, { as: hr01 });
    expect(moved.body.errors, JSON.stringify(moved.body.errors)).toBeUndefined();
    const refused = await national.request(RESCHEDULE, { input: { id: a.id, expectedVersion: a.version + 1, startsOn: dayOffset(620), endsOn: dayOffset(620) } }, { as: hr01 });
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.startsOn', bookedBy: 'MA-03' });
    // The refused move left both the session and its booking where they were.
    expect((await national.sql`select starts_on::text as on from training_sessions where id = ${a.id}`)[0]!.on).toBe(dayOffset(605));
    const bookings = await ministry.sql`select session_id, starts_on::text as on from expert_bookings where session_id in (${a.id}, ${b.id}) order by starts_on`;
    expect(bookings.map((row) => row.on)).toEqual([dayOffset(605), dayOffset(620)]);
  });

  it('is not part of the client API: the booking mutations answer only the region subgraphs', async () => {
    const { body } = await ministry.request(`mutation { releaseExpertBooking(sessionId: "${demoIds.expert[1]}") }`, undefined, { as: hr01 });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
