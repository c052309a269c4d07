import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { ACTOR, auditRows, countRows, ok, refused, UNKNOWN_ID } from './mutation-helpers.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const ADD = `mutation($input: AddExpertInput!, $key: String) {
  addExpert(input: $input, idempotencyKey: $key) { id fullName organisation specialties languages bio version }
}`;
const UPDATE = `mutation($input: UpdateExpertInput!) {
  updateExpert(input: $input) { id fullName organisation specialties languages bio version }
}`;

const expertInput = (overrides: Record<string, unknown> = {}) => ({
  fullName: ' Amina Test (démo) ',
  organisation: 'Ministère délégué (démo)',
  specialties: ['HR_MANAGEMENT', 'DIGITAL_SKILLS'],
  languages: ['FR', ' ar '],
  bio: '  ',
  ...overrides,
});

async function add(overrides: Record<string, unknown> = {}) {
  return (await ok(ministry, ADD, { input: expertInput(overrides) })).addExpert;
}

describe('addExpert', () => {
  it('adds the expert trimmed and normalised at version 1, and audits it', async () => {
    const expert = await add();
    expect(expert).toMatchObject({
      fullName: 'Amina Test (démo)',
      specialties: ['HR_MANAGEMENT', 'DIGITAL_SKILLS'],
      languages: ['fr', 'ar'],
      bio: null,
      version: 1,
    });
    const [row] = await auditRows(ministry.sql, 'Expert', expert.id);
    expect(row).toMatchObject({ actor: ACTOR, operation: 'addExpert', before: null, after: { id: expert.id, fullName: 'Amina Test (démo)' } });
  });

  it('answers a retry with the same idempotency key with the first expert', async () => {
    const before = await countRows(ministry.sql, 'experts');
    const first = (await ok(ministry, ADD, { input: expertInput(), key: 'add-expert-1' })).addExpert;
    const retry = (await ok(ministry, ADD, { input: expertInput(), key: 'add-expert-1' })).addExpert;
    expect(retry.id).toBe(first.id);
    expect(await countRows(ministry.sql, 'experts')).toBe(before + 1);
  });

  it('refuses a key already used by another operation', async () => {
    await ok(ministry, ADD, { input: expertInput(), key: 'shared-key' });
    const error = await refused(
      ministry,
      `mutation($key: String) { publishBestPractice(idempotencyKey: $key, input: {
        title: { fr: "t" } summary: { fr: "s" } theme: HR_MANAGEMENT origin: "o" }) { id } }`,
      { key: 'shared-key' },
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
    expect(error.message).toMatch(/already used for addExpert/);
  });

  it.each([
    ['a blank name', { fullName: ' ' }, 'input.fullName', /must not be blank/],
    ['a too long organisation', { organisation: 'o'.repeat(201) }, 'input.organisation', /at most 200/],
    ['no specialty', { specialties: [] }, 'input.specialties', /at least one theme/],
    ['a specialty listed twice', { specialties: ['HR_MANAGEMENT', 'HR_MANAGEMENT'] }, 'input.specialties.1', /twice/],
    ['no language', { languages: [] }, 'input.languages', /at least one language/],
    ['a language that is no ISO code', { languages: ['fr', 'french'] }, 'input.languages.1', /ISO 639/],
    ['a language listed twice in two cases', { languages: ['fr', 'FR'] }, 'input.languages.1', /twice/],
    ['a too long bio', { bio: 'b'.repeat(2001) }, 'input.bio', /at most 2000/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, overrides, argumentName, message) => {
    const error = await refused(ministry, ADD, { input: expertInput(overrides) }, 'BAD_USER_INPUT', argumentName);
    expect(error.message).toMatch(message);
  });
});

describe('updateExpert', () => {
  it('changes the given fields, clears the bio on null, bumps the version and audits', async () => {
    const expert = await add({ bio: 'Une bio (démo)' });
    const { updateExpert: updated } = await ok(ministry, UPDATE, {
      input: { id: expert.id, expectedVersion: 1, languages: ['fr', 'ar', 'en'], bio: null },
    });
    expect(updated).toMatchObject({ fullName: expert.fullName, languages: ['fr', 'ar', 'en'], bio: null, version: 2 });
    const [, row] = await auditRows(ministry.sql, 'Expert', expert.id);
    expect(row).toMatchObject({ operation: 'updateExpert', before: { bio: 'Une bio (démo)', version: 1 }, after: { bio: null, version: 2 } });
  });

  it('refuses a stale version with CONFLICT naming the current one', async () => {
    const error = await refused(
      ministry,
      UPDATE,
      { input: { id: demoIds.expert[0], expectedVersion: 7, organisation: 'Autre (démo)' } },
      'CONFLICT',
      'input.expectedVersion',
    );
    expect(error.message).toMatch(/version 1, not 7/);
    expect(error.extensions.currentVersion).toBe(1);
  });

  it('answers NOT_FOUND for an unknown expert and BAD_USER_INPUT for an empty change or an empty list', async () => {
    await refused(ministry, UPDATE, { input: { id: UNKNOWN_ID, expectedVersion: 1, bio: 'x' } }, 'NOT_FOUND', 'input.id');
    await refused(ministry, UPDATE, { input: { id: demoIds.expert[0], expectedVersion: 1 } }, 'BAD_USER_INPUT', 'input');
    await refused(ministry, UPDATE, { input: { id: demoIds.expert[0], expectedVersion: 1, specialties: [] } }, 'BAD_USER_INPUT', 'input.specialties');
    await refused(ministry, UPDATE, { input: { id: demoIds.expert[0], expectedVersion: 1, fullName: null } }, 'BAD_USER_INPUT', 'input.fullName');
  });
});
