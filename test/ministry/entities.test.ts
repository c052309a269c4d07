import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Partnership { id signedIn ministryCommitments { status } }
    ... on Programme { id programmeCode: code }
    ... on Expert { id fullName }
    ... on BestPractice { id title { fr } }
    ... on Region { code partnership { id } }
    ... on Procedure { id practicesApplied { id } }
  }
}`;

async function entities(representations: Record<string, unknown>[]) {
  const { body } = await ministry.request(ENTITIES, { representations });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data._entities;
}

const missing = '0f000000-0000-4000-8000-000000000099';

describe('_entities', () => {
  it.each([
    ['Partnership', demoIds.partnership.tangier2018, { signedIn: '2018-04' }],
    ['Programme', demoIds.programme[0], { programmeCode: 'PRG-RH-2018' }],
    ['Expert', demoIds.expert[0], { fullName: 'Nadia El Amrani (démo)' }],
    ['BestPractice', '0e000000-0000-4000-8000-000000000001', { title: { fr: 'Référentiel des emplois et des compétences (REC)' } }],
  ])('resolves %s by id, and unknown or malformed ids to null', async (typename, id, expected) => {
    const [found, unknown, malformed] = await entities([
      { __typename: typename, id },
      { __typename: typename, id: missing },
      { __typename: typename, id: 'not-a-uuid' },
    ]);
    expect(found).toMatchObject({ __typename: typename, id, ...expected });
    expect(unknown).toBeNull();
    expect(malformed).toBeNull();
  });

  it('serves ministry commitments with their status for the region subgraph @requires', async () => {
    const [partnership] = await entities([{ __typename: 'Partnership', id: demoIds.partnership.tangier2018 }]);
    expect(partnership.ministryCommitments.map((c: { status: string }) => c.status)).toEqual(['DONE', 'IN_PROGRESS', 'PLANNED']);
  });

  it('contributes to Region: the latest convention, or null', async () => {
    const [tangier, oriental, other] = await entities([
      { __typename: 'Region', code: 'MA-01' },
      { __typename: 'Region', code: 'MA-02' },
      { __typename: 'Region', code: 'MA-09' },
    ]);
    expect(tangier).toEqual({ __typename: 'Region', code: 'MA-01', partnership: { id: demoIds.partnership.tangier2018 } });
    expect(oriental.partnership.id).toBe(demoIds.partnership.oriental);
    expect(other).toEqual({ __typename: 'Region', code: 'MA-09', partnership: null });
  });

  it('keeps regions apart in what it contributes', async () => {
    const { body } = await ministry.request(`{ _entities(representations: [
      { __typename: "Region", code: "MA-01" }, { __typename: "Region", code: "MA-02" }]) {
      ... on Region { code
        programmes { edges { node { code regions { code } } } }
        expertAssignments { edges { node { region { code } } } }
        adoptedPractices { totalCount edges { node { adoptions { region { code } } } } } } } }`);
    for (const region of body.data._entities) {
      for (const edge of region.programmes.edges) {
        expect(edge.node.regions.map((r: { code: string }) => r.code)).toContain(region.code);
      }
      expect(region.expertAssignments.edges.every((edge: { node: { region: { code: string } } }) => edge.node.region.code === region.code)).toBe(true);
      for (const edge of region.adoptedPractices.edges) {
        expect(edge.node.adoptions.map((a: { region: { code: string } }) => a.region.code)).toContain(region.code);
      }
    }
    const [ma01, ma02] = body.data._entities;
    expect(ma01.programmes.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual([
      'PRG-RH-2018', 'PRG-EADM-2019', 'PRG-SIMP-2019', 'PRG-ACC-2020',
    ]);
    expect(ma02.programmes.edges).toHaveLength(3);
    expect(ma01.adoptedPractices.totalCount).toBe(6);
    expect(ma02.adoptedPractices.totalCount).toBe(4);
  });

  it('filters a region\'s contributed connections', async () => {
    const { body } = await ministry.request(`{ _entities(representations: [{ __typename: "Region", code: "MA-01" }]) {
      ... on Region {
        programmes(filter: { theme: E_ADMINISTRATION }) { totalCount edges { node { code } } }
        expertAssignments(filter: { theme: HR_MANAGEMENT }) { totalCount }
        adoptedPractices(filter: { theme: PROCEDURE_SIMPLIFICATION }) { totalCount }
      } } }`);
    expect(body.data._entities[0]).toEqual({
      programmes: { totalCount: 1, edges: [{ node: { code: 'PRG-EADM-2019' } }] },
      expertAssignments: { totalCount: 2 },
      adoptedPractices: { totalCount: 2 },
    });
    const bad = await ministry.request(`{ _entities(representations: [{ __typename: "Region", code: "MA-01" }]) {
      ... on Region { adoptedPractices(filter: { programmeId: "x" }) { totalCount } } } }`);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.programmeId' });
  });

  it('contributes practicesApplied to Procedure, empty for unknown or malformed ids', async () => {
    const [first, unknown, malformed] = await entities([
      { __typename: 'Procedure', id: demoIds.procedure[0] },
      { __typename: 'Procedure', id: missing },
      { __typename: 'Procedure', id: 'nope' },
    ]);
    expect(first.practicesApplied).toHaveLength(2);
    expect(unknown).toEqual({ __typename: 'Procedure', id: missing, practicesApplied: [] });
    expect(malformed).toEqual({ __typename: 'Procedure', id: 'nope', practicesApplied: [] });
  });
});
