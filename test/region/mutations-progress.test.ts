import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, dayOffset, expectCode, missingUuid, seed, startClient, type Client } from './mutation-support.js';

// Status updates of region commitments and action-plan items, and procedure digitisation:
// each sets the current value and appends a dated entry to a history.

let client: Client;
beforeAll(async () => {
  client = await startClient();
});
afterAll(async () => {
  await client?.close();
});

const ENTRY = 'on status previousStatus note recordedBy recordedAt';
const COMMITMENT = `mutation($input: UpdateRegionCommitmentStatusInput!) { updateRegionCommitmentStatus(input: $input) {
  commitment { id party status description { fr } } version partnership { id } history { ${ENTRY} } } }`;
const ACTION_ITEM = `mutation($input: UpdateActionPlanItemStatusInput!) { updateActionPlanItemStatus(input: $input) {
  id status version history { ${ENTRY} } } }`;
const DIGITISATION = `mutation($input: RecordProcedureDigitisationInput!) { recordProcedureDigitisation(input: $input) {
  id digitisation version digitisationHistory { on digitisation previousDigitisation note recordedBy } } }`;

// Commitments 12 and 13 are Oriental's (MA-02): changed and read by MA-02's region-hr.
const ma02 = (query: string, variables?: Record<string, unknown>, actor = 'test-planner') => client.data(query, variables, actor, 'MA-02');

describe('updateRegionCommitmentStatus', () => {
  it('sets the status, appends a dated entry (today by default), and shows on the partnership', async () => {
    const id = seed.commitment(12); // Oriental, PLANNED
    const { updateRegionCommitmentStatus: first } = await ma02(COMMITMENT, {
      input: { commitmentId: id, expectedVersion: 1, status: 'IN_PROGRESS', note: 'Équipe constituée', on: dayOffset(-30) },
    }, 'suivi@ma-02');
    expect(first).toMatchObject({ commitment: { id, party: 'REGION', status: 'IN_PROGRESS' }, version: 2, partnership: { id: seed.partnership.oriental } });
    expect(first.history).toEqual([expect.objectContaining({ on: dayOffset(-30), status: 'IN_PROGRESS', previousStatus: 'PLANNED', note: 'Équipe constituée', recordedBy: 'suivi@ma-02' })]);

    const { updateRegionCommitmentStatus: second } = await ma02(COMMITMENT, { input: { commitmentId: id, expectedVersion: 2, status: 'DONE', note: 'Livré' } });
    expect(second.history.map((entry: any) => [entry.on, entry.previousStatus, entry.status])).toEqual([
      [dayOffset(-30), 'PLANNED', 'IN_PROGRESS'], [dayOffset(0), 'IN_PROGRESS', 'DONE'],
    ]);
    const { _entities: [partnership] } = await ma02(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership {
      regionCommitments { id status } regionCommitmentFollowUps { commitment { id } version } } } }`, {
      r: [{ __typename: 'Partnership', id: seed.partnership.oriental }],
    });
    expect(partnership.regionCommitments.find((commitment: any) => commitment.id === id).status).toBe('DONE');
    expect(partnership.regionCommitmentFollowUps.find((followUp: any) => followUp.commitment.id === id).version).toBe(3);
    const { regionCommitmentFollowUp } = await ma02(`{ regionCommitmentFollowUp(commitmentId: "${id}") { version history { status } } }`);
    expect(regionCommitmentFollowUp).toEqual({ version: 3, history: [{ status: 'IN_PROGRESS' }, { status: 'DONE' }] });
    expect((await ma02(`{ regionCommitmentFollowUp(commitmentId: "${seed.actionPlanItem(1)}") { version } }`)).regionCommitmentFollowUp).toBeNull();

    const audit = await client.region.sql`select target_type, operation, before, after from audit_log where operation = 'updateRegionCommitmentStatus' order by id`;
    expect(audit.map((row) => row.target_type)).toEqual(['RegionProgressEntry', 'RegionCommitment', 'RegionProgressEntry', 'RegionCommitment']);
    expect(audit[1]).toMatchObject({ before: { status: 'PLANNED', version: 1 }, after: { status: 'IN_PROGRESS', version: 2 } });
    expect(audit[0]).toMatchObject({ before: null, after: { commitmentId: id, effectiveOn: dayOffset(-30), previousStatus: 'PLANNED' } });
  });

  it('keeps entries in date order, refuses future dates, blank notes, stale versions and unknown ids', async () => {
    const id = seed.commitment(13);
    await ma02(COMMITMENT, { input: { commitmentId: id, expectedVersion: 1, status: 'IN_PROGRESS', note: 'Relancé', on: dayOffset(-5) } });
    const input = (fields: Record<string, unknown>) => ({ input: { commitmentId: id, expectedVersion: 2, status: 'DONE', note: 'Fait', ...fields } });
    expect(expectCode(await client.errorOf(COMMITMENT, input({ on: dayOffset(-6) })), 'BAD_USER_INPUT', 'input.on')).toMatch(new RegExp(`before the last recorded update \\(${dayOffset(-5)}\\)`));
    expect(expectCode(await client.errorOf(COMMITMENT, input({ on: dayOffset(1) })), 'BAD_USER_INPUT', 'input.on')).toMatch(/must not be in the future/);
    expectCode(await client.errorOf(COMMITMENT, input({ note: '  ' })), 'BAD_USER_INPUT', 'input.note');
    expectCode(await client.errorOf(COMMITMENT, input({ note: 'x'.repeat(2001) })), 'BAD_USER_INPUT', 'input.note');
    expectCode(await client.errorOf(COMMITMENT, input({ status: 'FINISHED' })), 'BAD_USER_INPUT');
    expect(expectCode(await client.errorOf(COMMITMENT, input({ status: 'PLANNED' })), 'BAD_USER_INPUT', 'input.status')).toMatch(/IN_PROGRESS cannot go back to PLANNED/);
    const stale = await client.errorOf(COMMITMENT, input({ expectedVersion: 1 }));
    expect(expectCode(stale, 'CONFLICT', 'input.expectedVersion')).toMatch(/version 2, not 1/);
    expectCode(await client.errorOf(COMMITMENT, input({ commitmentId: missingUuid })), 'NOT_FOUND', 'input.commitmentId');
    const [{ n }] = await client.region.sql`select count(*)::int as n from region_commitment_progress where commitment_id = ${id}` as any;
    expect(n).toBe(1);
  });
});

describe('updateActionPlanItemStatus', () => {
  it('sets the status with a progress entry, visible on the partnership\'s action plan', async () => {
    const id = seed.actionPlanItem(4); // Tangier, DELAYED
    const { updateActionPlanItemStatus: item } = await client.data(ACTION_ITEM, { input: { actionPlanItemId: id, expectedVersion: 1, status: 'IN_PROGRESS', note: 'Marché attribué' } });
    expect(item).toMatchObject({ status: 'IN_PROGRESS', version: 2, history: [{ previousStatus: 'DELAYED', status: 'IN_PROGRESS', on: dayOffset(0) }] });
    const { _entities: [partnership] } = await client.data(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership {
      actionPlan { id status version history { note } } progress { actionPlanDone } } } }`, {
      r: [{ __typename: 'Partnership', id: seed.partnership.tangier2018, ministryCommitments: [] }],
    });
    expect(partnership.actionPlan.find((entry: any) => entry.id === id)).toEqual({ id, status: 'IN_PROGRESS', version: 2, history: [{ note: 'Marché attribué' }] });
    expectCode(await client.errorOf(ACTION_ITEM, { input: { actionPlanItemId: id, expectedVersion: 1, status: 'DONE', note: 'x' } }), 'CONFLICT', 'input.expectedVersion');
    expectCode(await client.errorOf(ACTION_ITEM, { input: { actionPlanItemId: id, expectedVersion: 2, status: 'PLANNED', note: 'x' } }), 'BAD_USER_INPUT', 'input.status');
    expectCode(await client.errorOf(ACTION_ITEM, { input: { actionPlanItemId: missingUuid, expectedVersion: 1, status: 'DONE', note: 'x' } }), 'NOT_FOUND', 'input.actionPlanItemId');
    const audit = await auditRows(client.region, 'ActionPlanItem', id);
    expect(audit).toMatchObject([{ operation: 'updateActionPlanItemStatus', before: { status: 'DELAYED' }, after: { status: 'IN_PROGRESS' } }]);
  });
});

describe('recordProcedureDigitisation', () => {
  it('records digitisation progress with a dated history, and checks version and dates', async () => {
    const id = seed.procedure[0];
    const { procedure: before } = await client.data(`{ procedure(id: "${id}") { digitisation version digitisationHistory { on } } }`);
    expect(before).toMatchObject({ version: 1, digitisationHistory: [] });
    const { recordProcedureDigitisation: after } = await client.data(DIGITISATION, {
      input: { procedureId: id, expectedVersion: 1, digitisation: 'ONLINE', note: 'Dépôt en ligne ouvert', on: dayOffset(-2) },
    }, 'si@ma-01');
    expect(after).toEqual({
      id, digitisation: 'ONLINE', version: 2,
      digitisationHistory: [{ on: dayOffset(-2), digitisation: 'ONLINE', previousDigitisation: before.digitisation, note: 'Dépôt en ligne ouvert', recordedBy: 'si@ma-01' }],
    });
    const input = (fields: Record<string, unknown>) => ({ input: { procedureId: id, expectedVersion: 2, digitisation: 'PARTIAL', note: 'Panne', ...fields } });
    expectCode(await client.errorOf(DIGITISATION, input({ expectedVersion: 1 })), 'CONFLICT', 'input.expectedVersion');
    expectCode(await client.errorOf(DIGITISATION, input({ on: dayOffset(-3) })), 'BAD_USER_INPUT', 'input.on');
    expectCode(await client.errorOf(DIGITISATION, input({ on: dayOffset(2) })), 'BAD_USER_INPUT', 'input.on');
    expectCode(await client.errorOf(DIGITISATION, input({ procedureId: missingUuid })), 'NOT_FOUND', 'input.procedureId');
    expectCode(await client.errorOf(DIGITISATION, input({ digitisation: 'FAX' })), 'BAD_USER_INPUT');
    const audit = await auditRows(client.region, 'Procedure', id);
    expect(audit).toMatchObject([{ actor: 'si@ma-01', operation: 'recordProcedureDigitisation', before: { version: 1 }, after: { digitisation: 'ONLINE', version: 2 } }]);
  });
});
