import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { ACTOR, asActor, auditRows, countRows, ok, refused, UNKNOWN_ID } from './mutation-helpers.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const CREATE = `mutation($input: CreateProgrammeInput!, $key: String) {
  createProgramme(input: $input, idempotencyKey: $key) {
    id code title { fr ar } theme objectives { fr ar } startsOn endsOn version regions { code }
  }
}`;
const UPDATE = `mutation($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) { id code title { fr ar } theme startsOn endsOn version regions { code } }
}`;

let next = 0;
/** A valid input with a code no other test uses. */
function programmeInput(overrides: Record<string, unknown> = {}) {
  next += 1;
  return {
    code: `PRG-TEST-${next}`,
    title: { fr: '  Programme de test (démo)  ', ar: '' },
    theme: 'DIGITAL_SKILLS',
    objectives: [{ fr: 'Former les agents (démo)', ar: 'تكوين الموظفين' }],
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    regionCodes: ['MA-03', 'ma-01'],
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}) {
  return (await ok(ministry, CREATE, { input: programmeInput(overrides) })).createProgramme;
}

describe('createProgramme', () => {
  it('creates the programme with its enrolled regions, trimmed and normalised, at version 1', async () => {
    const programme = await create({ code: ' prg-num-2024 ' });
    expect(programme).toMatchObject({
      code: 'PRG-NUM-2024',
      title: { fr: 'Programme de test (démo)', ar: null },
      theme: 'DIGITAL_SKILLS',
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
      version: 1,
      regions: [{ code: 'MA-01' }, { code: 'MA-03' }],
    });
    const { programme: read } = await ok(ministry, 'query($id: ID!) { programme(id: $id) { code version } }', { id: programme.id });
    expect(read).toEqual({ code: 'PRG-NUM-2024', version: 1 });
  });

  it('writes one audit row for the programme and one per enrolment, with the actor and request id', async () => {
    const { body } = await ministry.request(CREATE, { input: programmeInput({ regionCodes: ['MA-05'] }) }, asActor(ACTOR, 'req-create-programme-1'));
    const id = body.data.createProgramme.id;
    const [row] = await auditRows(ministry.sql, 'Programme', id);
    expect(row).toMatchObject({ actor: ACTOR, request_id: 'req-create-programme-1', operation: 'createProgramme', before: null });
    expect(row!.after).toMatchObject({ id, theme: 'DIGITAL_SKILLS', version: 1 });
    const [enrolment] = await auditRows(ministry.sql, 'ProgrammeEnrolment', `${id}/MA-05`);
    expect(enrolment).toMatchObject({ before: null, after: { programmeId: id, regionCode: 'MA-05' } });
  });

  it('answers a retry with the same idempotency key with the first programme, creating nothing more', async () => {
    const input = programmeInput();
    const before = await countRows(ministry.sql, 'programmes');
    const first = (await ok(ministry, CREATE, { input, key: 'create-programme-retry' })).createProgramme;
    const retry = (await ok(ministry, CREATE, { input, key: 'create-programme-retry' })).createProgramme;
    expect(retry).toEqual(first);
    expect(await countRows(ministry.sql, 'programmes')).toBe(before + 1);
    expect(await auditRows(ministry.sql, 'Programme', first.id)).toHaveLength(1);
  });

  it('refuses a code already in use (whatever its case) with CONFLICT naming the owner', async () => {
    const error = await refused(ministry, CREATE, { input: programmeInput({ code: 'prg-rh-2018' }) }, 'CONFLICT', 'input.code');
    expect(error.message).toContain('PRG-RH-2018');
    expect(error.message).toContain(demoIds.programme[0]);
    expect(error.message).toMatch(/choose another code/);
  });

  it.each([
    ['a malformed code', { code: 'PRG RH 2018' }, 'input.code', /letters, digits and single dashes/],
    ['a too short code', { code: 'P1' }, 'input.code', /at least 3/],
    ['a blank French title', { title: { fr: '   ' } }, 'input.title.fr', /must not be blank/],
    ['a too long title', { title: { fr: 'x'.repeat(201) } }, 'input.title.fr', /at most 200/],
    ['no objective', { objectives: [] }, 'input.objectives', /at least one objective/],
    ['a blank objective', { objectives: [{ fr: 'ok' }, { fr: '' }] }, 'input.objectives.1.fr', /must not be blank/],
    ['an end before the start', { startsOn: '2024-06-01', endsOn: '2024-05-31' }, 'input.endsOn', /on or after `input.startsOn`/],
    ['a start in year 1024', { startsOn: '1024-01-01', endsOn: null }, 'input.startsOn', /between 2000-01-01 and 2099-12-31/],
    ['a region listed twice', { regionCodes: ['MA-01', 'MA-02', 'MA-01'] }, 'input.regionCodes.2', /lists MA-01 twice/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, overrides, argumentName, message) => {
    const before = await countRows(ministry.sql, 'programmes');
    const error = await refused(ministry, CREATE, { input: programmeInput(overrides) }, 'BAD_USER_INPUT', argumentName);
    expect(error.message).toMatch(message);
    expect(await countRows(ministry.sql, 'programmes')).toBe(before);
  });

  it('refuses an unknown region code with NOT_FOUND naming the argument', async () => {
    for (const code of ['MA-13', 'MA-00', 'FR-01']) {
      const error = await refused(ministry, CREATE, { input: programmeInput({ regionCodes: ['MA-01', code] }) }, 'NOT_FOUND', 'input.regionCodes.1');
      expect(error.message).toMatch(/MA-01 to MA-12/);
    }
  });

  it('refuses an unknown theme before running (GraphQL enum)', async () => {
    const { body } = await ministry.request(CREATE, { input: programmeInput({ theme: 'ASTRONOMY' }) }, asActor());
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/ASTRONOMY/);
  });

  it('refuses an empty or oversized idempotency key', async () => {
    await refused(ministry, CREATE, { input: programmeInput(), key: '' }, 'BAD_USER_INPUT', 'idempotencyKey');
    await refused(ministry, CREATE, { input: programmeInput(), key: 'k'.repeat(201) }, 'BAD_USER_INPUT', 'idempotencyKey');
  });
});

describe('updateProgramme', () => {
  it('changes the given fields only, bumps the version and audits before and after', async () => {
    const created = await create({ regionCodes: ['MA-01'] });
    const { updateProgramme: updated } = await ok(ministry, UPDATE, {
      input: { id: created.id, expectedVersion: 1, title: { fr: 'Nouveau titre (démo)', ar: 'عنوان جديد' }, endsOn: null },
    });
    expect(updated).toMatchObject({ code: created.code, title: { fr: 'Nouveau titre (démo)', ar: 'عنوان جديد' }, endsOn: null, version: 2 });
    const rows = await auditRows(ministry.sql, 'Programme', created.id);
    expect(rows.map((row) => row.operation)).toEqual(['createProgramme', 'updateProgramme']);
    expect(rows[1]!.before).toMatchObject({ titleFr: 'Programme de test (démo)', endsOn: '2025-12-31', version: 1 });
    expect(rows[1]!.after).toMatchObject({ titleFr: 'Nouveau titre (démo)', endsOn: null, version: 2 });
  });

  it('replaces the enrolled regions, auditing each enrolment and withdrawal', async () => {
    const created = await create({ regionCodes: ['MA-01', 'MA-02'] });
    const { updateProgramme: updated } = await ok(ministry, UPDATE, {
      input: { id: created.id, expectedVersion: 1, regionCodes: ['MA-02', 'MA-12'] },
    });
    expect(updated.regions).toEqual([{ code: 'MA-02' }, { code: 'MA-12' }]);
    expect(updated.version).toBe(2);
    const [, withdrawn] = await auditRows(ministry.sql, 'ProgrammeEnrolment', `${created.id}/MA-01`);
    expect(withdrawn).toMatchObject({ operation: 'updateProgramme', before: { regionCode: 'MA-01' }, after: null });
    const [enrolled] = await auditRows(ministry.sql, 'ProgrammeEnrolment', `${created.id}/MA-12`);
    expect(enrolled).toMatchObject({ operation: 'updateProgramme', before: null, after: { regionCode: 'MA-12' } });
    expect(await auditRows(ministry.sql, 'ProgrammeEnrolment', `${created.id}/MA-02`)).toHaveLength(1);
  });

  it('refuses a stale expectedVersion with CONFLICT naming the current version, changing nothing', async () => {
    const created = await create();
    await ok(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, theme: 'HR_MANAGEMENT' } });
    const error = await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, theme: 'PUBLIC_ETHICS' } }, 'CONFLICT', 'input.expectedVersion');
    expect(error.message).toMatch(/version 2, not 1/);
    expect(error.extensions.currentVersion).toBe(2);
    const { programme } = await ok(ministry, 'query($id: ID!) { programme(id: $id) { theme version } }', { id: created.id });
    expect(programme).toEqual({ theme: 'HR_MANAGEMENT', version: 2 });
  });

  it('answers NOT_FOUND naming input.id for an unknown id, BAD_USER_INPUT for a malformed one', async () => {
    const error = await refused(ministry, UPDATE, { input: { id: UNKNOWN_ID, expectedVersion: 1, theme: 'HR_MANAGEMENT' } }, 'NOT_FOUND', 'input.id');
    expect(error.message).toContain(UNKNOWN_ID);
    await refused(ministry, UPDATE, { input: { id: 'not-a-uuid', expectedVersion: 1, theme: 'HR_MANAGEMENT' } }, 'BAD_USER_INPUT', 'input.id');
  });

  it('refuses taking another programme\'s code with CONFLICT', async () => {
    const created = await create();
    const error = await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, code: 'PRG-EADM-2019' } }, 'CONFLICT', 'input.code');
    expect(error.message).toContain(demoIds.programme[1]);
  });

  it('checks the period against the stored dates, naming the argument that was sent', async () => {
    const created = await create({ startsOn: '2024-01-01', endsOn: '2024-12-31' });
    const error = await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, startsOn: '2025-01-01' } }, 'BAD_USER_INPUT', 'input.startsOn');
    expect(error.message).toMatch(/2024-12-31.*2025-01-01/);
    await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, endsOn: '2023-12-31' } }, 'BAD_USER_INPUT', 'input.endsOn');
  });

  it('refuses an update that changes nothing, a null for a required field and a bad version number', async () => {
    const created = await create();
    await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1 } }, 'BAD_USER_INPUT', 'input');
    const nullCode = await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, code: null } }, 'BAD_USER_INPUT', 'input.code');
    expect(nullCode.message).toMatch(/omit the field to keep/);
    await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 0, theme: 'HR_MANAGEMENT' } }, 'BAD_USER_INPUT', 'input.expectedVersion');
    await refused(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, regionCodes: ['MA-99'] } }, 'NOT_FOUND', 'input.regionCodes.0');
  });
});
