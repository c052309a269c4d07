import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';

let region: TestSubgraph;
beforeAll(async () => {
  region = await startSubgraphForTest('region');
});
afterAll(async () => {
  await region?.close();
});

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  __typename
  ... on Region { code name { fr } }
  ... on Document { id kind version }
  ... on StaffMember { id fullName }
  ... on TrainingSession { id title { fr } }
  ... on Procedure { id name { fr } }
  ... on Expert { id trainingSessions(first: 100) { totalCount edges { node { trainer { id } } } } }
  ... on Programme { id trainingSessions(first: 100) { totalCount edges { node { programme { id } } } } }
} }`;

async function entities(representations: object[]) {
  const response = await region.request(ENTITIES, { representations });
  expect(response.body.errors).toBeUndefined();
  return response.body.data._entities;
}

const missingUuid = '99999999-0000-4000-8000-000000000000';

describe('_entities', () => {
  it('resolves every owned @key, and null for unknown or malformed keys', async () => {
    const owned = [
      { __typename: 'Region', code: 'MA-01' },
      { __typename: 'Document', id: '1a000000-0000-4000-8000-000000000001' },
      { __typename: 'StaffMember', id: '1b000000-0000-4000-8000-000000000001' },
      { __typename: 'TrainingSession', id: '1c000000-0000-4000-8000-000000000001' },
      { __typename: 'Procedure', id: demoIds.procedure[0] },
    ];
    const found = await entities(owned);
    expect(found.map((entity: any) => entity?.__typename)).toEqual(['Region', 'Document', 'StaffMember', 'TrainingSession', 'Procedure']);
    expect(found[0].name.fr).toBe('Tanger-Tétouan-Al Hoceïma');
    expect(found[1]).toMatchObject({ kind: 'ORGANISATION_CHART', version: 1 });
    expect(found[4].id).toBe(demoIds.procedure[0]);

    const unknown = await entities([
      { __typename: 'Region', code: 'MA-13' },
      ...['Document', 'StaffMember', 'TrainingSession', 'Procedure'].flatMap((__typename) => [
        { __typename, id: missingUuid },
        { __typename, id: 'not-a-uuid' },
        { __typename, id: "1'; drop table documents; --" },
      ]),
    ]);
    expect(unknown).toEqual(Array(13).fill(null));
  });

  it('contributes the sessions an Expert delivered and a Programme organised', async () => {
    const [expert, programme, idle, malformed] = await entities([
      { __typename: 'Expert', id: demoIds.expert[0] },
      { __typename: 'Programme', id: demoIds.programme[0] },
      { __typename: 'Expert', id: missingUuid },
      { __typename: 'Programme', id: 'nope' },
    ]);
    expect(expert.trainingSessions.totalCount).toBe(3);
    expect(expert.trainingSessions.edges.every((edge: any) => edge.node.trainer.id === demoIds.expert[0])).toBe(true);
    expect(programme.trainingSessions.totalCount).toBeGreaterThan(0);
    expect(programme.trainingSessions.edges.every((edge: any) => edge.node.programme.id === demoIds.programme[0])).toBe(true);
    // The ministry owns experts: one without sessions here still resolves, with an empty list.
    expect(idle).toEqual({ __typename: 'Expert', id: missingUuid, trainingSessions: { totalCount: 0, edges: [] } });
    expect(malformed).toBeNull();
  });

  it('filters a contributed connection', async () => {
    const response = await region.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Programme { trainingSessions(filter: { regionCode: "MA-02" }) { edges { node { region { code } } } } } } }`,
      { r: [{ __typename: 'Programme', id: demoIds.programme[0] }] },
    );
    const edges = response.body.data._entities[0].trainingSessions.edges;
    expect(edges.length).toBe(1);
    expect(edges[0].node.region.code).toBe('MA-02');
  });
});

describe('Partnership (contributed)', () => {
  const PARTNERSHIP = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership {
    id
    regionCommitments { id party status dueOn description { fr ar } }
    actionPlan { title { fr } theme status }
    documentsProvided { kind version }
    trainingSessions(first: 1) { totalCount }
    progress { regionCommitmentsDone regionCommitmentsTotal ministryCommitmentsDone ministryCommitmentsTotal actionPlanDone actionPlanTotal percentComplete }
  } } }`;

  it("gives the region's side of the Tangier convention and its progress from the ministry's statuses", async () => {
    const response = await region.request(PARTNERSHIP, {
      r: [{
        __typename: 'Partnership',
        id: demoIds.partnership.tangier2018,
        ministryCommitments: [{ status: 'DONE' }, { status: 'DONE' }, { status: 'IN_PROGRESS' }, { status: 'CANCELLED' }],
      }],
    });
    expect(response.body.errors).toBeUndefined();
    const [tangier] = response.body.data._entities;
    expect(tangier.regionCommitments.map((commitment: any) => commitment.party)).toEqual(['REGION', 'REGION', 'REGION']);
    expect(tangier.regionCommitments[0].description.fr).toMatch(/organigramme.*référentiel des emplois et des compétences.*manuel des procédures/);
    expect(tangier.regionCommitments[1].description.fr).toMatch(/ressources humaines et techniques.*plan d'action/);
    expect(tangier.regionCommitments[2].description.fr).toMatch(/sessions de formation/);
    expect(new Set(tangier.actionPlan.map((item: any) => item.theme))).toEqual(
      new Set(['HR_MANAGEMENT', 'E_ADMINISTRATION', 'PROCEDURE_SIMPLIFICATION', 'RECEPTION_QUALITY']),
    );
    expect(tangier.documentsProvided.map((document: any) => document.kind)).toEqual(
      expect.arrayContaining(['ORGANISATION_CHART', 'JOB_SKILLS_FRAMEWORK', 'PROCEDURE_MANUAL']),
    );
    expect(tangier.trainingSessions.totalCount).toBe(12);
    // Region 2/3 done, ministry 2/3 (cancelled not counted), action plan 3/7: 7/13.
    expect(tangier.progress).toEqual({
      regionCommitmentsDone: 2, regionCommitmentsTotal: 3,
      ministryCommitmentsDone: 2, ministryCommitmentsTotal: 3,
      actionPlanDone: 3, actionPlanTotal: 7,
      percentComplete: 53.8,
    });
  });

  it('keeps partnerships apart, answers empty for one the region never signed, null for a malformed id', async () => {
    const response = await region.request(PARTNERSHIP, {
      r: [
        { __typename: 'Partnership', id: demoIds.partnership.oriental, ministryCommitments: [] },
        { __typename: 'Partnership', id: missingUuid, ministryCommitments: [{ status: 'DONE' }] },
        { __typename: 'Partnership', id: 'nope', ministryCommitments: [] },
      ],
    });
    expect(response.body.errors).toBeUndefined();
    const [oriental, unsigned, malformed] = response.body.data._entities;
    expect(oriental.trainingSessions.totalCount).toBe(3);
    expect(oriental.progress.regionCommitmentsTotal).toBe(3);
    expect(unsigned).toMatchObject({ regionCommitments: [], actionPlan: [], documentsProvided: [], trainingSessions: { totalCount: 0 } });
    expect(unsigned.progress).toMatchObject({ ministryCommitmentsDone: 1, ministryCommitmentsTotal: 1, percentComplete: 100 });
    expect(malformed).toBeNull();
  });
});

describe('single lookups', () => {
  it('answers null for unknown and malformed ids, without a database error', async () => {
    const response = await region.request(`{
      a: document(id: "${missingUuid}") { id } b: document(id: "x") { id }
      c: staffMember(id: "") { id } d: trainingSession(id: "1c000000-0000-4000-8000-00000000000g") { id }
      e: procedure(id: "${demoIds.procedure[0].toUpperCase()}") { id } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ a: null, b: null, c: null, d: null, e: { id: demoIds.procedure[0] } });
  });
});
