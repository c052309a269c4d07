// A partner region's whole record written through the gateway, as the ministry and the region
// would: the ministry registers the convention (signatories, its commitments), the region adds
// its side (commitments, action plan) and its procedures; everything reads back across both
// subgraphs, is audited, refuses bad input with the argument at fault and writes nothing then.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

const admin: Identity = { subject: 'admin.test@ministere.demo.invalid', role: 'ministry-admin' };
const hr03: Identity = { subject: 'rh.test@ma03.demo.invalid', role: 'region-hr', regionCode: 'MA-03' };
const hr02: Identity = { subject: 'rh.test@ma02.demo.invalid', role: 'region-hr', regionCode: 'MA-02' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function data(as: Identity, query: string, variables?: Record<string, unknown>): Promise<any> {
  const { body } = await graph.request(query, variables, { as });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** The one coded error of a refused operation. */
async function refusal(as: Identity, query: string, variables?: Record<string, unknown>) {
  const { body } = await graph.request(query, variables, { as });
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  return body.errors[0] as { message: string; extensions: { code: string; argumentName?: string } };
}

const REGISTER = `mutation($input: RegisterPartnershipInput!, $key: String) {
  registerPartnership(input: $input, idempotencyKey: $key) {
    id title { fr } region { code name { fr } } signedOn signedMonth signingPlace
    signatories { party name title { fr } }
    ministryCommitments { description { fr } status dueOn }
  }
}`;

const convention = (overrides: Record<string, unknown> = {}) => ({
  regionCode: 'MA-03',
  title: { fr: `Convention de partenariat (test ${randomUUID().slice(0, 8)})`, ar: 'اتفاقية شراكة' },
  signedOn: '2019-03-14',
  signingPlace: 'Fès',
  signatories: [
    { party: 'REGION', name: 'Président (test)', title: { fr: 'Président du Conseil de la Région' } },
    { party: 'MINISTRY', title: { fr: 'Ministre délégué' } },
  ],
  objectives: [{ fr: 'Moderniser la gestion des ressources humaines' }],
  ministryCommitments: [{ description: { fr: 'Mettre à disposition des experts' }, dueOn: '2020-12-31' }, { description: { fr: 'Partager les bonnes pratiques' } }],
  ...overrides,
});

describe('the ministry registers a convention', () => {
  it('with its signatories and commitments; a retry with the same key answers the first, a second registration is a CONFLICT', async () => {
    const input = convention();
    const key = randomUUID();
    const first = (await data(admin, REGISTER, { input, key })).registerPartnership;
    expect(first).toMatchObject({
      title: { fr: input.title.fr },
      region: { code: 'MA-03', name: { fr: expect.any(String) } },
      signedOn: '2019-03-14',
      signedMonth: '2019-03',
      signingPlace: 'Fès',
      signatories: [{ party: 'REGION', name: 'Président (test)' }, { party: 'MINISTRY', name: null }],
      ministryCommitments: [{ status: 'PLANNED', dueOn: '2020-12-31' }, { status: 'PLANNED', dueOn: null }],
    });
    const retry = (await data(admin, REGISTER, { input, key })).registerPartnership;
    expect(retry.id).toBe(first.id);
    const again = await refusal(admin, REGISTER, { input });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.title' });
    const rows = await graph.sql.ministry`select count(*)::int as n from partnerships where title_fr = ${input.title.fr}`;
    expect(rows[0]!.n).toBe(1);
    const audit = await graph.sql.ministry`select actor, operation from audit_log where target_type = 'Partnership' and target_id = ${first.id}`;
    expect(audit).toEqual([{ actor: admin.subject, operation: 'registerPartnership' }]);
  });

  it.each([
    ['no REGION signatory', { signatories: [{ party: 'MINISTRY', title: { fr: 'Ministre' } }] }, 'BAD_USER_INPUT', 'input.signatories'],
    ['no date of signature', { signedOn: null }, 'BAD_USER_INPUT', 'input.signedMonth'],
    ['a month that is not the day’s', { signedMonth: '2019-04' }, 'BAD_USER_INPUT', 'input.signedMonth'],
    ['a signature in the future', { signedOn: '2098-01-01' }, 'BAD_USER_INPUT', 'input.signedOn'],
    ['a commitment due before the signature', { ministryCommitments: [{ description: { fr: 'x' }, dueOn: '2018-01-01' }] }, 'BAD_USER_INPUT', 'input.ministryCommitments.0.dueOn'],
    ['an unknown region', { regionCode: 'MA-13' }, 'NOT_FOUND', 'input.regionCode'],
    ['a blank title', { title: { fr: '  ' } }, 'BAD_USER_INPUT', 'input.title.fr'],
  ])('refuses %s, naming the argument, and writes nothing', async (_label, overrides, code, argumentName) => {
    const input = convention(overrides);
    const error = await refusal(admin, REGISTER, { input });
    expect(error.extensions).toMatchObject({ code, argumentName });
    const rows = await graph.sql.ministry`select count(*)::int as n from partnerships where title_fr = ${(input.title as { fr: string }).fr}`;
    expect(rows[0]!.n).toBe(0);
  });

  it('is the ministry-admin’s: region-hr is FORBIDDEN', async () => {
    const error = await refusal(hr03, REGISTER, { input: convention() });
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the region adds its side of a convention the ministry registered', () => {
  let partnershipId: string;
  beforeAll(async () => {
    partnershipId = (await data(admin, REGISTER, { input: convention() })).registerPartnership.id;
  });

  const ADD_COMMITMENT = `mutation($input: AddRegionCommitmentInput!, $key: String) {
    addRegionCommitment(input: $input, idempotencyKey: $key) { version commitment { id party status description { fr } dueOn } }
  }`;
  const ADD_ITEM = `mutation($input: AddActionPlanItemInput!, $key: String) {
    addActionPlanItem(input: $input, idempotencyKey: $key) { id version status theme title { fr } }
  }`;

  it('commitments and action-plan items in order, read back with both parties’ progress', async () => {
    const key = randomUUID();
    const first = (await data(hr03, ADD_COMMITMENT, { input: { partnershipId, description: { fr: 'Fournir les référentiels' }, dueOn: '2020-06-30' }, key })).addRegionCommitment;
    expect(first).toMatchObject({ version: 1, commitment: { party: 'REGION', status: 'PLANNED', dueOn: '2020-06-30' } });
    const retried = (await data(hr03, ADD_COMMITMENT, { input: { partnershipId, description: { fr: 'Fournir les référentiels' } }, key })).addRegionCommitment;
    expect(retried.commitment.id).toBe(first.commitment.id);
    await data(hr03, ADD_COMMITMENT, { input: { partnershipId, description: { fr: 'Organiser les formations' } } });
    const item = (await data(hr03, ADD_ITEM, { input: { partnershipId, title: { fr: 'Référentiel des emplois' }, theme: 'HR_MANAGEMENT' } })).addActionPlanItem;
    expect(item).toMatchObject({ version: 1, status: 'PLANNED', theme: 'HR_MANAGEMENT' });
    await data(hr03, `mutation($input: UpdateActionPlanItemStatusInput!) { updateActionPlanItemStatus(input: $input) { version } }`, {
      input: { actionPlanItemId: item.id, expectedVersion: 1, status: 'DONE', note: 'Adopté (test)' },
    });

    const { partnership } = await data(hr03, `query($id: ID!) { partnership(id: $id) {
      id region { code } ministryCommitments { status } regionCommitments { description { fr } }
      actionPlan { title { fr } status }
      progress { regionCommitmentsTotal ministryCommitmentsTotal actionPlanDone actionPlanTotal percentComplete }
    } }`, { id: partnershipId });
    expect(partnership.region.code).toBe('MA-03');
    expect(partnership.regionCommitments.map((c: { description: { fr: string } }) => c.description.fr)).toEqual(['Fournir les référentiels', 'Organiser les formations']);
    expect(partnership.actionPlan).toEqual([{ title: { fr: 'Référentiel des emplois' }, status: 'DONE' }]);
    expect(partnership.progress).toEqual({ regionCommitmentsTotal: 2, ministryCommitmentsTotal: 2, actionPlanDone: 1, actionPlanTotal: 1, percentComplete: 20 });
    const audit = await graph.sql.region`select operation from audit_log where target_id = ${first.commitment.id}`;
    expect(audit).toEqual([{ operation: 'addRegionCommitment' }]);
  });

  it('another region’s HR is FORBIDDEN and nothing is written; an unknown partnership is NOT_FOUND', async () => {
    const error = await refusal(hr02, ADD_ITEM, { input: { partnershipId, title: { fr: 'Intrusion (test)' }, theme: 'HR_MANAGEMENT' } });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'input.partnershipId' });
    const rows = await graph.sql.region`select id from action_plan_items where title_fr = 'Intrusion (test)'`;
    expect(rows).toHaveLength(0);
    const unknown = await refusal(hr03, ADD_COMMITMENT, { input: { partnershipId: randomUUID(), description: { fr: 'x' } } });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'input.partnershipId' });
  });

  it('a second action-plan item with the same title is a CONFLICT', async () => {
    const input = { partnershipId, title: { fr: 'Guichet unique (test)' }, theme: 'E_ADMINISTRATION' };
    await data(hr03, ADD_ITEM, { input });
    const error = await refusal(hr03, ADD_ITEM, { input });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.title.fr' });
  });

  it('the ministry appends a commitment at the end of its list, not dated before the signature', async () => {
    const ADD = `mutation($input: AddMinistryCommitmentInput!) { addMinistryCommitment(input: $input) { version commitment { description { fr } status } partnership { ministryCommitments { description { fr } } } } }`;
    const added = (await data(admin, ADD, { input: { partnershipId, description: { fr: 'Évaluer le programme' } } })).addMinistryCommitment;
    expect(added.commitment).toEqual({ description: { fr: 'Évaluer le programme' }, status: 'PLANNED' });
    expect(added.partnership.ministryCommitments.at(-1)).toEqual({ description: { fr: 'Évaluer le programme' } });
    expect(added.partnership.ministryCommitments).toHaveLength(3);
    const early = await refusal(admin, ADD, { input: { partnershipId, description: { fr: 'x' }, dueOn: '2019-03-13' } });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.dueOn' });
  });
});

describe('the region’s procedures', () => {
  const CREATE = `mutation($input: CreateProcedureInput!, $key: String) {
    createProcedure(input: $input, idempotencyKey: $key) { id version region { code } name { fr } steps { fr } costMad processingDays digitisation theme }
  }`;
  const UPDATE = `mutation($input: UpdateProcedureInput!) { updateProcedure(input: $input) { version name { fr } steps { fr } costMad processingDays theme } }`;

  it('created, then updated with the version read; a stale version and a duplicate name are CONFLICTs', async () => {
    const name = `Autorisation de voirie (test ${randomUUID().slice(0, 8)})`;
    const created = (await data(hr03, CREATE, {
      input: { regionCode: 'MA-03', name: { fr: name }, steps: [{ fr: 'Dépôt' }, { fr: 'Instruction' }], costMad: 50.5, processingDays: 30, digitisation: 'PAPER', theme: 'PROCEDURE_SIMPLIFICATION' },
    })).createProcedure;
    expect(created).toMatchObject({ version: 1, region: { code: 'MA-03' }, steps: [{ fr: 'Dépôt' }, { fr: 'Instruction' }], costMad: 50.5, digitisation: 'PAPER' });
    const updated = (await data(hr03, UPDATE, { input: { procedureId: created.id, expectedVersion: 1, processingDays: null, steps: [{ fr: 'Dépôt en ligne' }] } })).updateProcedure;
    expect(updated).toMatchObject({ version: 2, name: { fr: name }, steps: [{ fr: 'Dépôt en ligne' }], processingDays: null, costMad: 50.5 });
    const stale = await refusal(hr03, UPDATE, { input: { procedureId: created.id, expectedVersion: 1, costMad: 0 } });
    expect(stale.extensions.code).toBe('CONFLICT');
    const duplicate = await refusal(hr03, CREATE, { input: { regionCode: 'MA-03', name: { fr: name }, digitisation: 'ONLINE' } });
    expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.name.fr' });
    const audit = await graph.sql.region`select operation from audit_log where target_type = 'Procedure' and target_id = ${created.id} order by id`;
    expect(audit.map((row) => row.operation)).toEqual(['createProcedure', 'updateProcedure']);
  });

  it.each([
    ['a negative cost', { costMad: -1 }, 'input.costMad'],
    ['a cost in fractions of centimes', { costMad: 1.005 }, 'input.costMad'],
    ['a blank step', { steps: [{ fr: ' ' }] }, 'input.steps.0.fr'],
    ['ten years and more', { processingDays: 4000 }, 'input.processingDays'],
  ])('refuses %s, naming the argument', async (_label, overrides, argumentName) => {
    const error = await refusal(hr03, CREATE, { input: { regionCode: 'MA-03', name: { fr: `Refusée (test) ${argumentName}` }, digitisation: 'PAPER', ...overrides } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('takes any amount in dirhams and centimes, and one procedure per name even when created at once', async () => {
    const name = `Légalisation (test ${randomUUID().slice(0, 8)})`;
    const attempts = await Promise.all(Array.from({ length: 6 }, () =>
      graph.request(CREATE, { input: { regionCode: 'MA-03', name: { fr: name }, digitisation: 'PAPER', costMad: 19.99 } }, { as: hr03 })));
    const created = attempts.filter((attempt) => !attempt.body.errors);
    expect(created).toHaveLength(1);
    expect(created[0]!.body.data.createProcedure.costMad).toBe(19.99);
    for (const attempt of attempts.filter((each) => each.body.errors)) expect(attempt.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(await graph.sql.region`select id from procedures where name_fr = ${name}`).toHaveLength(1);
  });

  it('another region’s HR may neither create nor change MA-03’s procedures', async () => {
    const error = await refusal(hr02, CREATE, { input: { regionCode: 'MA-03', name: { fr: 'Intrusion (test)' }, digitisation: 'PAPER' } });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'input.regionCode' });
    const procedure = (await data(hr03, CREATE, { input: { regionCode: 'MA-03', name: { fr: `Cible (test ${randomUUID().slice(0, 8)})` }, digitisation: 'PAPER' } })).createProcedure;
    const hidden = await refusal(hr02, UPDATE, { input: { procedureId: procedure.id, expectedVersion: 1, costMad: 1 } });
    expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'input.procedureId' });
    const [row] = await graph.sql.region`select cost_mad::float as cost, version from procedures where id = ${procedure.id}`;
    expect(row).toEqual({ cost: 0, version: 1 });
  });
});
