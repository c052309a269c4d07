import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOffset } from '../support/dates.js';
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

const PUBLISH = `mutation($input: PublishBestPracticeInput!, $key: String) {
  publishBestPractice(input: $input, idempotencyKey: $key) {
    id title { fr ar } summary { fr } theme origin outcomes programme { id code } publishedOn adoptions { id }
  }
}`;
const ADOPT = `mutation($input: RecordBestPracticeAdoptionInput!, $key: String) {
  recordBestPracticeAdoption(input: $input, idempotencyKey: $key) {
    id bestPractice { id adoptions { region { code } } } region { code } adoptedOn notes
  }
}`;

const today = dayOffset(0);
const inAWeek = dayOffset(7);
// Seed: practice 8 (DIGITAL_SKILLS, no programme, published 2021-09-01) has no adoption;
// practice 1 is adopted by MA-01 and MA-02. Programme 2 (PRG-EADM-2019) starts 2019-01-01.
const unadopted = seedId('0e000000', 8);
const adoptedByMa01 = seedId('0e000000', 1);

const practice = (overrides: Record<string, unknown> = {}) => ({
  title: { fr: 'Guichet unique numérique (démo)', ar: 'الشباك الوحيد الرقمي' },
  summary: { fr: 'Un seul point d’entrée pour les demandes (démo).' },
  theme: 'E_ADMINISTRATION',
  origin: ' Région pilote (démo) ',
  programmeId: demoIds.programme[1],
  publishedOn: '2022-03-01',
  ...overrides,
});

describe('publishBestPractice', () => {
  it('publishes the practice under its programme and audits it', async () => {
    const { publishBestPractice: published } = await ok(ministry, PUBLISH, { input: practice() });
    expect(published).toMatchObject({
      title: { fr: 'Guichet unique numérique (démo)', ar: 'الشباك الوحيد الرقمي' },
      origin: 'Région pilote (démo)',
      outcomes: null,
      programme: { id: demoIds.programme[1], code: 'PRG-EADM-2019' },
      publishedOn: '2022-03-01',
      adoptions: [],
    });
    const [row] = await auditRows(ministry.sql, 'BestPractice', published.id);
    expect(row).toMatchObject({ actor: ACTOR, operation: 'publishBestPractice', before: null, after: { id: published.id, programmeId: demoIds.programme[1] } });
  });

  it('publishes today when no date is given, with no programme', async () => {
    const { publishBestPractice: published } = await ok(ministry, PUBLISH, { input: practice({ programmeId: null, publishedOn: null }) });
    expect(published.publishedOn).toBe(today);
    expect(published.programme).toBeNull();
  });

  it('answers a retry with the same idempotency key with the first practice', async () => {
    const before = await countRows(ministry.sql, 'best_practices');
    const first = (await ok(ministry, PUBLISH, { input: practice(), key: 'publish-1' })).publishBestPractice;
    const retry = (await ok(ministry, PUBLISH, { input: practice(), key: 'publish-1' })).publishBestPractice;
    expect(retry.id).toBe(first.id);
    expect(await countRows(ministry.sql, 'best_practices')).toBe(before + 1);
  });

  it('answers NOT_FOUND naming input.programmeId for an unknown programme, BAD_USER_INPUT for a malformed id', async () => {
    const error = await refused(ministry, PUBLISH, { input: practice({ programmeId: UNKNOWN_ID }) }, 'NOT_FOUND', 'input.programmeId');
    expect(error.message).toContain(UNKNOWN_ID);
    await refused(ministry, PUBLISH, { input: practice({ programmeId: '42' }) }, 'BAD_USER_INPUT', 'input.programmeId');
  });

  it.each([
    ['a date before the programme started', { publishedOn: '2018-12-31' }, 'input.publishedOn', /before programme PRG-EADM-2019 started \(2019-01-01\)/],
    ['a date in the future', { publishedOn: inAWeek }, 'input.publishedOn', /in the future/],
    ['a blank summary', { summary: { fr: '' } }, 'input.summary.fr', /must not be blank/],
    ['a too long summary', { summary: { fr: 's'.repeat(2001) } }, 'input.summary.fr', /at most 2000/],
    ['a blank origin', { origin: '  ' }, 'input.origin', /must not be blank/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, overrides, argumentName, message) => {
    const error = await refused(ministry, PUBLISH, { input: practice(overrides) }, 'BAD_USER_INPUT', argumentName);
    expect(error.message).toMatch(message);
  });
});

describe('recordBestPracticeAdoption', () => {
  it('records the adoption, visible from the practice, and audits it', async () => {
    const { recordBestPracticeAdoption: adoption } = await ok(ministry, ADOPT, {
      input: { bestPracticeId: unadopted, regionCode: 'MA-03', adoptedOn: '2022-01-10', notes: ' Déployé (démo) ' },
    });
    expect(adoption).toMatchObject({ region: { code: 'MA-03' }, adoptedOn: '2022-01-10', notes: 'Déployé (démo)', bestPractice: { id: unadopted } });
    expect(adoption.bestPractice.adoptions).toEqual([{ region: { code: 'MA-03' } }]);
    const [row] = await auditRows(ministry.sql, 'BestPracticeAdoption', adoption.id);
    expect(row).toMatchObject({ operation: 'recordBestPracticeAdoption', before: null, after: { bestPracticeId: unadopted, regionCode: 'MA-03' } });
    const { _entities: region } = await ok(
      ministry,
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { adoptedPractices { edges { node { id } } } } } }',
      { representations: [{ __typename: 'Region', code: 'MA-03' }] },
    );
    expect(region[0].adoptedPractices.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(unadopted);
  });

  it('refuses a second adoption of a practice by the same region with CONFLICT naming the first', async () => {
    const before = await countRows(ministry.sql, 'best_practice_adoptions');
    const error = await refused(
      ministry,
      ADOPT,
      { input: { bestPracticeId: adoptedByMa01, regionCode: 'MA-01', adoptedOn: '2021-01-01' } },
      'CONFLICT',
      'input.regionCode',
    );
    expect(error.message).toMatch(/MA-01 already adopted this practice on 2019-06-15/);
    expect(error.extensions.existingId).toBe(seedId('0e100000', 1));
    expect(await countRows(ministry.sql, 'best_practice_adoptions')).toBe(before);
  });

  it('answers a retry with the same idempotency key with the first adoption, not a CONFLICT', async () => {
    const input = { bestPracticeId: unadopted, regionCode: 'MA-04', adoptedOn: '2022-02-01' };
    const first = (await ok(ministry, ADOPT, { input, key: 'adopt-1' })).recordBestPracticeAdoption;
    const retry = (await ok(ministry, ADOPT, { input, key: 'adopt-1' })).recordBestPracticeAdoption;
    expect(retry.id).toBe(first.id);
  });

  it('answers NOT_FOUND naming the argument for an unknown practice or region, BAD_USER_INPUT for a malformed id', async () => {
    await refused(ministry, ADOPT, { input: { bestPracticeId: UNKNOWN_ID, regionCode: 'MA-05', adoptedOn: '2022-01-01' } }, 'NOT_FOUND', 'input.bestPracticeId');
    await refused(ministry, ADOPT, { input: { bestPracticeId: 'x', regionCode: 'MA-05', adoptedOn: '2022-01-01' } }, 'BAD_USER_INPUT', 'input.bestPracticeId');
    const error = await refused(ministry, ADOPT, { input: { bestPracticeId: unadopted, regionCode: 'Tanger', adoptedOn: '2022-01-01' } }, 'NOT_FOUND', 'input.regionCode');
    expect(error.message).toMatch(/MA-01 to MA-12/);
  });

  it('refuses an adoption dated before publication or in the future, and too long notes', async () => {
    const early = await refused(ministry, ADOPT, { input: { bestPracticeId: unadopted, regionCode: 'MA-05', adoptedOn: '2021-08-31' } }, 'BAD_USER_INPUT', 'input.adoptedOn');
    expect(early.message).toMatch(/before the practice was published \(2021-09-01\)/);
    await refused(ministry, ADOPT, { input: { bestPracticeId: unadopted, regionCode: 'MA-05', adoptedOn: inAWeek } }, 'BAD_USER_INPUT', 'input.adoptedOn');
    await refused(ministry, ADOPT, { input: { bestPracticeId: unadopted, regionCode: 'MA-05', adoptedOn: '2022-01-01', notes: 'n'.repeat(2001) } }, 'BAD_USER_INPUT', 'input.notes');
  });
});
