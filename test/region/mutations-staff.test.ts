import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, expectCode, missingUuid, newKey, seed, startClient, type Client } from './mutation-support.js';

let client: Client;
beforeAll(async () => {
  client = await startClient();
});
afterAll(async () => {
  await client?.close();
});

const FIELDS = 'id version fullName grade scale corps department jobTitle competencies contact { email phone } region { code }';
const CREATE = `mutation($input: CreateStaffMemberInput!, $key: String) { createStaffMember(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { ${FIELDS} } }`;

const createInput = (overrides: Record<string, unknown> = {}) => ({
  regionCode: 'MA-02',
  fullName: '  Samira Test (démo) ',
  grade: 'Administrateur de 2ème grade',
  scale: 11,
  corps: 'Administrateurs',
  department: 'Division des ressources humaines',
  jobTitle: 'Chargée de la formation',
  competencies: ['HR_MANAGEMENT', 'TRAINING_ENGINEERING'],
  contact: { email: 'samira.test@demo.invalid', phone: '+212 000 000 999' },
  ...overrides,
});
const staffCount = async () => Number((await client.region.sql`select count(*) as n from staff_members`)[0]!.n);

describe('createStaffMember', () => {
  it('creates a staff member (trimmed text), audits it, and answers a keyed retry with the same one', async () => {
    const key = newKey();
    const before = await staffCount();
    const { createStaffMember: created } = await client.data(CREATE, { input: createInput(), key }, 'rh@ma-02', 'MA-02');
    expect(created).toMatchObject({
      version: 1, fullName: 'Samira Test (démo)', scale: 11, competencies: ['HR_MANAGEMENT', 'TRAINING_ENGINEERING'],
      contact: { email: 'samira.test@demo.invalid', phone: '+212 000 000 999' }, region: { code: 'MA-02' },
    });
    expect((await client.data(CREATE, { input: createInput(), key }, 'rh@ma-02', 'MA-02')).createStaffMember.id).toBe(created.id);
    expect(await staffCount()).toBe(before + 1);
    const rows = await auditRows(client.region, 'StaffMember', created.id);
    // Both answers showed the contact to MA-02's region-hr: each read is audited too.
    expect(rows.filter((row: any) => row.operation === 'readStaffContact')).toHaveLength(2);
    const audit = rows.filter((row: any) => row.operation !== 'readStaffContact');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'rh@ma-02', operation: 'createStaffMember', before: null, after: { fullName: 'Samira Test (démo)', regionCode: 'MA-02' } });
  });

  it('rejects invalid input, naming the argument and what to fix', async () => {
    const before = await staffCount();
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ fullName: ' ' }, 'BAD_USER_INPUT', 'input.fullName', /must not be blank/],
      [{ fullName: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'input.fullName', /at most 200 characters/],
      [{ scale: 12 }, 'BAD_USER_INPUT', 'input.scale', /échelle from 1 to 11/],
      [{ contact: { email: 'not-an-email' } }, 'BAD_USER_INPUT', 'input.contact.email', /e-mail address/],
      [{ contact: { phone: 'call me' } }, 'BAD_USER_INPUT', 'input.contact.phone', /phone number/],
      [{ competencies: ['HR_MANAGEMENT', 'HR_MANAGEMENT'] }, 'BAD_USER_INPUT', 'input.competencies', /must not repeat/],
      [{ regionCode: 'MA-13' }, 'NOT_FOUND', 'input.regionCode', /No Region/],
    ];
    for (const [overrides, code, argumentName, message] of cases) {
      expect(expectCode(await client.errorOf(CREATE, { input: createInput(overrides) }), code, argumentName)).toMatch(message);
    }
    expectCode(await client.errorOf(CREATE, { input: createInput({ competencies: ['COOKING'] }) }), 'BAD_USER_INPUT');
    expect(await staffCount()).toBe(before);
  });
});

describe('updateStaffMember', () => {
  it('changes only the given fields, bumps the version, audits before/after, and refuses a stale version', async () => {
    const id = seed.staff(3);
    const { updateStaffMember: updated } = await client.data(UPDATE, {
      input: { id, expectedVersion: 1, jobTitle: 'Cheffe de la division des ressources humaines', scale: null, contact: null },
    });
    expect(updated).toMatchObject({ id, version: 2, jobTitle: 'Cheffe de la division des ressources humaines', scale: null, contact: null, corps: 'Administrateurs' });
    const [audit] = await auditRows(client.region, 'StaffMember', id);
    expect(audit!.operation).toBe('updateStaffMember');
    expect(audit!.before).toMatchObject({ version: 1, jobTitle: 'Chef de la division des ressources humaines' });
    expect(audit!.after).toMatchObject({ version: 2, jobTitle: 'Cheffe de la division des ressources humaines', email: null, scale: null });

    const stale = await client.errorOf(UPDATE, { input: { id, expectedVersion: 1, grade: 'Administrateur de 1er grade' } });
    expect(expectCode(stale, 'CONFLICT', 'input.expectedVersion')).toMatch(/StaffMember ".*" is at version 2, not 1.*Reload/);
    expect(stale.extensions.currentVersion).toBe(2);
  });

  it('rejects nulls on mandatory fields, empty updates and unknown ids', async () => {
    const id = seed.staff(4);
    expect(expectCode(await client.errorOf(UPDATE, { input: { id, expectedVersion: 1, fullName: null } }), 'BAD_USER_INPUT', 'input.fullName')).toMatch(/must not be null; omit the field/);
    expect(expectCode(await client.errorOf(UPDATE, { input: { id, expectedVersion: 1 } }), 'BAD_USER_INPUT', 'input')).toMatch(/at least one field/);
    expectCode(await client.errorOf(UPDATE, { input: { id: missingUuid, expectedVersion: 1, grade: 'x' } }), 'NOT_FOUND', 'input.id');
    expectCode(await client.errorOf(UPDATE, { input: { id: 'staff-4', expectedVersion: 1, grade: 'x' } }), 'BAD_USER_INPUT', 'input.id');
    expectCode(await client.errorOf(UPDATE, { input: { id, expectedVersion: -1, grade: 'x' } }), 'BAD_USER_INPUT', 'input.expectedVersion');
  });

  it('lets exactly one of several concurrent updates of the same version through', async () => {
    const id = seed.staff(5);
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) =>
      client.region.request(UPDATE, { input: { id, expectedVersion: 1, department: `Service ${index}` } })));
    expect(results.filter((result) => !result.body.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.body.errors)) expectCode(result.body.errors[0], 'CONFLICT', 'input.expectedVersion');
    const [row] = await client.region.sql`select version from staff_members where id = ${id}`;
    expect(row!.version).toBe(2);
  });
});
