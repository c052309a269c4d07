import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOffset } from '../support/dates.js';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { ACTOR, asActor, auditRows, ok, refused, seedId, UNKNOWN_ID } from './mutation-helpers.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const UPDATE_STATUS = `mutation($input: UpdateMinistryCommitmentStatusInput!) {
  updateMinistryCommitmentStatus(input: $input) {
    commitment { id party status }
    version
    history { id previousStatus status note on recordedBy recordedAt }
    partnership { id ministryCommitments { id status } }
  }
}`;

// Seed commitments of the Tangier convention (signed 2018-04): 1 DONE, 2 IN_PROGRESS, 3 PLANNED;
// of the Oriental one (signed 2019-11): 4 IN_PROGRESS, 5 DELAYED.
const commitment = (n: number) => seedId('0a200000', n);
const today = dayOffset(0);
const inAWeek = dayOffset(7);

const update = (overrides: Record<string, unknown>) => ({ expectedVersion: 1, status: 'IN_PROGRESS', on: '2023-03-01', ...overrides });

describe('updateMinistryCommitmentStatus', () => {
  it('changes the status, appends a dated entry by the actor and answers with the partnership', async () => {
    const { updateMinistryCommitmentStatus: followUp } = await ok(
      ministry,
      UPDATE_STATUS,
      { input: update({ commitmentId: commitment(3), note: ' Lancement (démo) ' }) },
      asActor(ACTOR, 'req-commitment-1'),
    );
    expect(followUp.commitment).toEqual({ id: commitment(3), party: 'MINISTRY', status: 'IN_PROGRESS' });
    expect(followUp.version).toBe(2);
    expect(followUp.history).toHaveLength(1);
    expect(followUp.history[0]).toMatchObject({ previousStatus: 'PLANNED', status: 'IN_PROGRESS', note: 'Lancement (démo)', on: '2023-03-01', recordedBy: ACTOR });
    expect(followUp.partnership.id).toBe(demoIds.partnership.tangier2018);
    expect(followUp.partnership.ministryCommitments.find((c: { id: string }) => c.id === commitment(3)).status).toBe('IN_PROGRESS');

    const [changed] = await auditRows(ministry.sql, 'Commitment', commitment(3));
    expect(changed).toMatchObject({
      actor: ACTOR,
      request_id: 'req-commitment-1',
      operation: 'updateMinistryCommitmentStatus',
      before: { status: 'PLANNED', version: 1 },
      after: { status: 'IN_PROGRESS', version: 2 },
    });
    const [entry] = await auditRows(ministry.sql, 'MinistryCommitmentProgressEntry', followUp.history[0].id);
    expect(entry).toMatchObject({ before: null, after: { commitmentId: commitment(3), status: 'IN_PROGRESS', effectiveOn: '2023-03-01', recordedBy: ACTOR } });
  });

  it('exposes version and history by commitment id and on the partnership, oldest first', async () => {
    await ok(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(5), status: 'IN_PROGRESS', on: '2021-01-10' }) });
    await ok(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(5), expectedVersion: 2, status: 'DONE', on: '2021-06-30' }) });
    const { ministryCommitmentFollowUp: followUp } = await ok(
      ministry,
      'query($id: ID!) { ministryCommitmentFollowUp(commitmentId: $id) { version commitment { status } history { previousStatus status on } } }',
      { id: commitment(5) },
    );
    expect(followUp).toEqual({
      version: 3,
      commitment: { status: 'DONE' },
      history: [
        { previousStatus: 'DELAYED', status: 'IN_PROGRESS', on: '2021-01-10' },
        { previousStatus: 'IN_PROGRESS', status: 'DONE', on: '2021-06-30' },
      ],
    });
    const { partnership } = await ok(
      ministry,
      'query($id: ID!) { partnership(id: $id) { ministryCommitmentFollowUps { commitment { id } version history { status } } } }',
      { id: demoIds.partnership.oriental },
    );
    expect(partnership.ministryCommitmentFollowUps.map((f: { version: number }) => f.version)).toEqual([1, 3]);
    const { ministryCommitmentFollowUp: unknown } = await ok(ministry, `{ ministryCommitmentFollowUp(commitmentId: "${UNKNOWN_ID}") { version } }`);
    expect(unknown).toBeNull();
  });

  it('refuses a stale version with CONFLICT naming the current one, writing nothing', async () => {
    await ok(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(4), status: 'DELAYED', on: '2020-06-01' }) });
    const error = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(4), status: 'DONE', on: '2020-07-01' }) }, 'CONFLICT', 'input.expectedVersion');
    expect(error.message).toMatch(/version 2, not 1/);
    expect(error.extensions.currentVersion).toBe(2);
    const [counted] = await ministry.sql<{ total: number }[]>`
      select count(*)::int as total from ministry_commitment_progress where commitment_id = ${commitment(4)}`;
    expect(counted!.total).toBe(1);
  });

  it('answers NOT_FOUND naming input.commitmentId for an unknown commitment, BAD_USER_INPUT for a malformed id', async () => {
    const error = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: UNKNOWN_ID }) }, 'NOT_FOUND', 'input.commitmentId');
    expect(error.message).toContain(UNKNOWN_ID);
    await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: 'c-3' }) }, 'BAD_USER_INPUT', 'input.commitmentId');
  });

  it('keeps the status with a progress note, and refuses the same status without one', async () => {
    const error = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(2) }) }, 'BAD_USER_INPUT', 'input.status');
    expect(error.message).toMatch(/already IN_PROGRESS/);
    const { updateMinistryCommitmentStatus: followUp } = await ok(ministry, UPDATE_STATUS, {
      input: update({ commitmentId: commitment(2), note: 'Deux experts mis à disposition (démo)' }),
    });
    expect(followUp.history[0]).toMatchObject({ previousStatus: 'IN_PROGRESS', status: 'IN_PROGRESS' });
    // Without `on`, the entry is dated today.
    const { updateMinistryCommitmentStatus: later } = await ok(ministry, UPDATE_STATUS, {
      input: update({ commitmentId: commitment(2), expectedVersion: 2, status: 'DELAYED', on: undefined }),
    });
    expect(later.history[1]).toMatchObject({ previousStatus: 'IN_PROGRESS', status: 'DELAYED', on: today });
  });

  it('refuses going back to PLANNED, and reopening a DONE commitment without a note', async () => {
    const back = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(2), expectedVersion: 3, status: 'PLANNED' }) }, 'BAD_USER_INPUT', 'input.status');
    expect(back.message).toMatch(/cannot go back to PLANNED/);
    const reopen = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(1) }) }, 'BAD_USER_INPUT', 'input.note');
    expect(reopen.message).toMatch(/Reopening a DONE commitment needs a note/);
    await ok(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(1), note: 'Nouveaux programmes à partager (démo)' }) });
  });

  it('refuses dates before the signature, before the last update or in the future', async () => {
    const early = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(3), expectedVersion: 2, status: 'DONE', on: '2018-03-31' }) }, 'BAD_USER_INPUT', 'input.on');
    expect(early.message).toMatch(/before the convention was signed \(2018-04\)/);
    const backwards = await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(3), expectedVersion: 2, status: 'DONE', on: '2023-02-28' }) }, 'BAD_USER_INPUT', 'input.on');
    expect(backwards.message).toMatch(/before the last recorded update \(2023-03-01\)/);
    await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(3), expectedVersion: 2, status: 'DONE', on: inAWeek }) }, 'BAD_USER_INPUT', 'input.on');
    await refused(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(3), expectedVersion: 2, status: 'DONE', note: 'n'.repeat(2001) }) }, 'BAD_USER_INPUT', 'input.note');
    // The same day as the last update is fine.
    await ok(ministry, UPDATE_STATUS, { input: update({ commitmentId: commitment(3), expectedVersion: 2, status: 'DONE', on: '2023-03-01' }) });
  });

  it('refuses an unknown status before running (GraphQL enum)', async () => {
    const { body } = await ministry.request(UPDATE_STATUS, { input: update({ commitmentId: commitment(3), status: 'ABANDONED' }) }, asActor());
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
