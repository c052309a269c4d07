import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { ACTOR, auditRows, countRows, ok, refused, seedId, UNKNOWN_ID } from './mutation-helpers.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const ASSIGN = `mutation($input: AssignExpertInput!, $key: String) {
  assignExpert(input: $input, idempotencyKey: $key) {
    id expert { id } region { code } mission { fr ar } theme startsOn endsOn version
  }
}`;
const END = `mutation($input: EndExpertAssignmentInput!) { endExpertAssignment(input: $input) { id startsOn endsOn version } }`;

// Seed: expert 1 (HR_MANAGEMENT, TRAINING_ENGINEERING) has a MA-01 mission 2018-09-01..2019-06-30
// and a MA-02 one 2020-01-15..2020-07-31; expert 8 (PUBLIC_ETHICS, PROCEDURE_SIMPLIFICATION) has none.
const [e1, , , , , , , e8] = demoIds.expert;

const assignment = (overrides: Record<string, unknown> = {}) => ({
  expertId: e8,
  regionCode: 'MA-04',
  mission: { fr: 'Charte de déontologie (démo)', ar: 'ميثاق الأخلاقيات' },
  theme: 'PUBLIC_ETHICS',
  startsOn: '2024-01-01',
  endsOn: '2024-06-30',
  ...overrides,
});

async function assign(overrides: Record<string, unknown> = {}) {
  return (await ok(ministry, ASSIGN, { input: assignment(overrides) })).assignExpert;
}

describe('assignExpert', () => {
  it('assigns the expert to the region for the mission and period, and audits it', async () => {
    const created = await assign({ regionCode: 'ma-06' });
    expect(created).toMatchObject({
      expert: { id: e8 },
      region: { code: 'MA-06' },
      mission: { fr: 'Charte de déontologie (démo)', ar: 'ميثاق الأخلاقيات' },
      theme: 'PUBLIC_ETHICS',
      startsOn: '2024-01-01',
      endsOn: '2024-06-30',
      version: 1,
    });
    const [row] = await auditRows(ministry.sql, 'ExpertAssignment', created.id);
    expect(row).toMatchObject({ actor: ACTOR, operation: 'assignExpert', before: null, after: { expertId: e8, regionCode: 'MA-06' } });
    const { expert } = await ok(ministry, `query($id: ID!) { expert(id: $id) { assignments(filter: { regionCode: "MA-06" }) { totalCount } } }`, { id: e8 });
    expect(expert.assignments.totalCount).toBe(1);
  });

  it('answers a retry with the same idempotency key with the first assignment (no overlap CONFLICT)', async () => {
    const input = assignment({ regionCode: 'MA-07' });
    const first = (await ok(ministry, ASSIGN, { input, key: 'assign-1' })).assignExpert;
    const retry = (await ok(ministry, ASSIGN, { input, key: 'assign-1' })).assignExpert;
    expect(retry).toEqual(first);
    expect(await auditRows(ministry.sql, 'ExpertAssignment', first.id)).toHaveLength(1);
  });

  it('refuses an overlapping mission of the same expert in the same region with CONFLICT naming the clash', async () => {
    const existing = seedId('0c100000', 1); // expert 1, MA-01, 2018-09-01..2019-06-30
    const before = await countRows(ministry.sql, 'expert_assignments');
    const error = await refused(
      ministry,
      ASSIGN,
      { input: assignment({ expertId: e1, regionCode: 'MA-01', theme: 'HR_MANAGEMENT', startsOn: '2019-06-30', endsOn: '2019-09-01' }) },
      'CONFLICT',
      'input.startsOn',
    );
    expect(error.message).toContain(existing);
    expect(error.message).toMatch(/from 2018-09-01 to 2019-06-30/);
    expect(error.extensions.conflictingAssignmentId).toBe(existing);
    // A mission with no set end overlaps everything after its start.
    await refused(ministry, ASSIGN, { input: assignment({ expertId: e1, regionCode: 'MA-01', theme: 'HR_MANAGEMENT', startsOn: '2015-01-01', endsOn: null }) }, 'CONFLICT');
    expect(await countRows(ministry.sql, 'expert_assignments')).toBe(before);
  });

  it('accepts back-to-back missions in one region and overlapping missions in different regions', async () => {
    await assign({ regionCode: 'MA-08', startsOn: '2024-01-01', endsOn: '2024-03-31' });
    await assign({ regionCode: 'MA-08', startsOn: '2024-04-01', endsOn: '2024-06-30' });
    await assign({ regionCode: 'MA-09', startsOn: '2024-02-01', endsOn: '2024-05-31' });
  });

  it('backs the overlap rule with a database constraint for any other writer', async () => {
    await expect(ministry.sql`
      insert into expert_assignments (id, expert_id, region_code, mission_fr, theme, starts_on, ends_on)
      values (gen_random_uuid(), ${e1}, 'MA-01', 'direct (démo)', 'HR_MANAGEMENT', '2019-01-01', '2019-01-31')`).rejects.toThrow(/expert_assignments_no_overlap/);
  });

  it.each([
    ['an end before the start', { startsOn: '2024-05-01', endsOn: '2024-04-30' }, 'input.endsOn', /on or after `input.startsOn`/],
    ['a mission longer than 5 years', { startsOn: '2024-01-01', endsOn: '2029-01-02' }, 'input.endsOn', /longer than 5 years.*2029-01-01/],
    ['a start outside sensible bounds', { startsOn: '1999-12-31' }, 'input.startsOn', /between 2000-01-01/],
    ['a theme that is not the expert\'s specialty', { theme: 'HR_MANAGEMENT' }, 'input.theme', /not a specialty.*PUBLIC_ETHICS, PROCEDURE_SIMPLIFICATION/],
    ['a blank mission', { mission: { fr: ' ' } }, 'input.mission.fr', /must not be blank/],
    ['a too long mission', { mission: { fr: 'm'.repeat(501) } }, 'input.mission.fr', /at most 500/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, overrides, argumentName, message) => {
    const error = await refused(ministry, ASSIGN, { input: assignment(overrides) }, 'BAD_USER_INPUT', argumentName);
    expect(error.message).toMatch(message);
  });

  it('answers NOT_FOUND naming the argument for an unknown expert or region, BAD_USER_INPUT for a malformed id', async () => {
    const error = await refused(ministry, ASSIGN, { input: assignment({ expertId: UNKNOWN_ID }) }, 'NOT_FOUND', 'input.expertId');
    expect(error.message).toContain(UNKNOWN_ID);
    await refused(ministry, ASSIGN, { input: assignment({ expertId: 'nope' }) }, 'BAD_USER_INPUT', 'input.expertId');
    await refused(ministry, ASSIGN, { input: assignment({ regionCode: 'MA-13' }) }, 'NOT_FOUND', 'input.regionCode');
  });
});

describe('endExpertAssignment', () => {
  it('sets the end of an open mission, bumps its version and audits before and after', async () => {
    const open = await assign({ regionCode: 'MA-10', startsOn: '2023-01-01', endsOn: null });
    const { endExpertAssignment: ended } = await ok(ministry, END, { input: { id: open.id, expectedVersion: 1, endsOn: '2023-12-31' } });
    expect(ended).toEqual({ id: open.id, startsOn: '2023-01-01', endsOn: '2023-12-31', version: 2 });
    const [, row] = await auditRows(ministry.sql, 'ExpertAssignment', open.id);
    expect(row).toMatchObject({ operation: 'endExpertAssignment', before: { endsOn: null, version: 1 }, after: { endsOn: '2023-12-31', version: 2 } });
  });

  it('refuses an end that runs into the next mission in the region (CONFLICT) or precedes the start', async () => {
    const first = await assign({ regionCode: 'MA-11', startsOn: '2022-01-01', endsOn: '2022-06-30' });
    const second = await assign({ regionCode: 'MA-11', startsOn: '2022-09-01', endsOn: '2022-12-31' });
    const error = await refused(ministry, END, { input: { id: first.id, expectedVersion: 1, endsOn: '2022-09-15' } }, 'CONFLICT', 'input.endsOn');
    expect(error.message).toContain(second.id);
    await refused(ministry, END, { input: { id: first.id, expectedVersion: 1, endsOn: '2021-12-31' } }, 'BAD_USER_INPUT', 'input.endsOn');
    await ok(ministry, END, { input: { id: first.id, expectedVersion: 1, endsOn: '2022-08-31' } });
  });

  it('refuses a stale version (CONFLICT with the current one) and an unknown id (NOT_FOUND)', async () => {
    const mission = await assign({ regionCode: 'MA-12', startsOn: '2021-01-01', endsOn: '2021-02-01' });
    await ok(ministry, END, { input: { id: mission.id, expectedVersion: 1, endsOn: '2021-03-01' } });
    const error = await refused(ministry, END, { input: { id: mission.id, expectedVersion: 1, endsOn: '2021-04-01' } }, 'CONFLICT', 'input.expectedVersion');
    expect(error.extensions.currentVersion).toBe(2);
    await refused(ministry, END, { input: { id: UNKNOWN_ID, expectedVersion: 1, endsOn: '2021-04-01' } }, 'NOT_FOUND', 'input.id');
  });
});
