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

async function data(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await ministry.request(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

async function error(query: string, variables?: Record<string, unknown>) {
  const { body } = await ministry.request(query, variables);
  expect(body.errors).toHaveLength(1);
  return body.errors[0];
}

describe('partnerships', () => {
  it('returns the April 2018 Tangier convention as the agreement states it', async () => {
    const { partnership } = await data(
      `query($id: ID!) { partnership(id: $id) {
        id title { fr ar } region { code } signedIn signedAt
        signatories { party name title { fr ar } }
        objectives { fr ar }
        ministryCommitments { id party status description { fr ar } }
      } }`,
      { id: demoIds.partnership.tangier2018 },
    );
    expect(partnership).toMatchObject({ id: demoIds.partnership.tangier2018, region: { code: 'MA-01' }, signedIn: '2018-04', signedAt: 'Tanger' });
    expect(partnership.title.fr).toContain('Tanger-Tétouan-Al Hoceïma');
    expect(partnership.signatories.map((s: { party: string }) => s.party)).toEqual(['REGION', 'MINISTRY']);
    // The source article names both signatories: the council's president and the minister delegate.
    expect(partnership.signatories.map((s: { name: unknown }) => s.name)).toEqual(['Ilyas El Omari', 'Mohamed Benabdelkader']);
    expect(partnership.signatories[0].title.fr).toBe('Président du Conseil de la Région Tanger-Tétouan-Al Hoceïma');
    expect(partnership.objectives).toHaveLength(4);
    expect(partnership.objectives.every((o: { ar: string | null }) => o.ar)).toBe(true);
    expect(partnership.ministryCommitments).toHaveLength(3);
    expect(partnership.ministryCommitments.every((c: { party: string }) => c.party === 'MINISTRY')).toBe(true);
    expect(partnership.ministryCommitments[0].description.fr).toMatch(/programmes et ses expériences/);
    expect(partnership.ministryCommitments[1].description.fr).toMatch(/experts/);
  });

  it('lists newest first and filters by region and search', async () => {
    const all = await data('{ partnerships { totalCount edges { node { id signedIn } } } }');
    expect(all.partnerships.totalCount).toBe(2);
    expect(all.partnerships.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      demoIds.partnership.oriental,
      demoIds.partnership.tangier2018,
    ]);
    const byRegion = await data('{ partnerships(filter: { regionCode: "MA-01" }) { totalCount edges { node { id } } } }');
    expect(byRegion.partnerships.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([demoIds.partnership.tangier2018]);
    const arabic = await data('{ partnerships(filter: { search: "الشرق" }) { totalCount } }');
    expect(arabic.partnerships.totalCount).toBe(1);
    const wildcard = await data('{ partnerships(filter: { search: "%" }) { totalCount } }');
    expect(wildcard.partnerships.totalCount).toBe(0);
    const none = await data('{ partnerships(filter: { regionCode: "MA-12" }) { totalCount edges { cursor } pageInfo { hasNextPage startCursor } } }');
    expect(none.partnerships).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, startCursor: null } });
  });
});

describe('programmes', () => {
  it('filters by theme, region, period and search', async () => {
    const codes = async (filter: string) =>
      (await data(`{ programmes(filter: ${filter}) { edges { node { code } } } }`)).programmes.edges.map(
        (e: { node: { code: string } }) => e.node.code,
      );
    expect(await codes('{}')).toEqual(['PRG-RH-2018', 'PRG-EADM-2019', 'PRG-SIMP-2019', 'PRG-ACC-2020']);
    expect(await codes('{ theme: HR_MANAGEMENT }')).toEqual(['PRG-RH-2018']);
    expect(await codes('{ regionCode: "MA-02" }')).toEqual(['PRG-RH-2018', 'PRG-SIMP-2019', 'PRG-ACC-2020']);
    expect(await codes('{ activeFrom: "2022-01-01", activeTo: "2022-06-30" }')).toEqual(['PRG-EADM-2019', 'PRG-SIMP-2019', 'PRG-ACC-2020']);
    expect(await codes('{ activeFrom: "2024-01-01" }')).toEqual(['PRG-SIMP-2019']);
    expect(await codes('{ activeTo: "2018-12-31" }')).toEqual(['PRG-RH-2018']);
    expect(await codes('{ search: "eadm" }')).toEqual(['PRG-EADM-2019']);
  });

  it('rejects an empty period, naming the argument', async () => {
    const problem = await error('{ programmes(filter: { activeFrom: "2022-01-01", activeTo: "2021-01-01" }) { totalCount } }');
    expect(problem.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.activeFrom' });
  });

  it('resolves regions and best practices of a programme', async () => {
    const { programme } = await data(
      `query($id: ID!) { programme(id: $id) { code theme objectives { fr } regions { code }
        bestPractices { totalCount edges { node { title { fr } programme { code } } } } } }`,
      { id: demoIds.programme[0] },
    );
    expect(programme).toMatchObject({ code: 'PRG-RH-2018', theme: 'HR_MANAGEMENT', regions: [{ code: 'MA-01' }, { code: 'MA-02' }] });
    expect(programme.bestPractices.totalCount).toBe(2);
    expect(programme.bestPractices.edges[0].node.programme.code).toBe('PRG-RH-2018');
  });
});

describe('experts', () => {
  const names = async (filter: string) =>
    (await data(`{ experts(filter: ${filter}) { edges { node { fullName } } } }`)).experts.edges.map(
      (e: { node: { fullName: string } }) => e.node.fullName,
    );

  it('marks demo names and filters by specialty, language, region and search', async () => {
    const all = await names('{}');
    expect(all).toHaveLength(8);
    expect(all.every((name: string) => name.endsWith('(démo)'))).toBe(true);
    expect(await names('{ specialty: HR_MANAGEMENT }')).toEqual(['Leila Chraibi (démo)', 'Nadia El Amrani (démo)']);
    expect(await names('{ language: "ES" }')).toEqual(['Hicham Alaoui (démo)']);
    expect(await names('{ regionCode: "MA-02", specialty: E_ADMINISTRATION }')).toEqual(['Omar Idrissi (démo)']);
    expect(await names('{ search: "tazi" }')).toEqual(['Karima Tazi (démo)']);
  });

  it('pages and filters assignments', async () => {
    const { expert } = await data(
      `query($id: ID!) { expert(id: $id) {
        all: assignments { totalCount edges { node { region { code } startsOn expert { id } mission { fr ar } } } }
        mine: assignments(filter: { regionCode: "MA-02" }) { totalCount }
        late: assignments(filter: { activeFrom: "2020-01-01" }) { totalCount }
      } }`,
      { id: demoIds.expert[0] },
    );
    expect(expert.all.totalCount).toBe(2);
    expect(expert.all.edges.map((e: { node: { startsOn: string } }) => e.node.startsOn)).toEqual(['2020-01-15', '2018-09-01']);
    expect(expert.all.edges[0].node.expert.id).toBe(demoIds.expert[0]);
    expect(expert.mine.totalCount).toBe(1);
    expect(expert.late.totalCount).toBe(1);
    const empty = await data(`query($id: ID!) { expert(id: $id) { assignments { totalCount edges { cursor } } } }`, { id: demoIds.expert[7] });
    expect(empty.expert.assignments).toEqual({ totalCount: 0, edges: [] });
    const problem = await error(
      `query($id: ID!) { expert(id: $id) { assignments(filter: { activeFrom: "2021-01-01", activeTo: "2020-01-01" }) { totalCount } } }`,
      { id: demoIds.expert[0] },
    );
    expect(problem.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.activeFrom' });
  });
});

describe('best practices', () => {
  it('filters by theme, programme, adopting region, publication date and search', async () => {
    const count = async (filter: string) => (await data(`{ bestPractices(filter: ${filter}) { totalCount } }`)).bestPractices.totalCount;
    expect(await count('{}')).toBe(8);
    expect(await count('{ theme: PROCEDURE_SIMPLIFICATION }')).toBe(2);
    expect(await count(`{ programmeId: "${demoIds.programme[1]}" }`)).toBe(2);
    expect(await count('{ adoptedByRegionCode: "MA-02" }')).toBe(4);
    expect(await count('{ publishedFrom: "2021-01-01", publishedTo: "2021-12-31" }')).toBe(2);
    expect(await count('{ search: "bureau" }')).toBe(1);
  });

  it('rejects a malformed programmeId and an empty date range', async () => {
    expect((await error('{ bestPractices(filter: { programmeId: "nope" }) { totalCount } }')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.programmeId',
    });
    expect(
      (await error('{ bestPractices(filter: { publishedFrom: "2021-01-01", publishedTo: "2020-01-01" }) { totalCount } }')).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.publishedFrom' });
  });

  it('resolves programme and adoptions', async () => {
    const { bestPractices } = await data(
      '{ bestPractices(filter: { search: "REC" }) { edges { node { theme origin programme { code } adoptions { region { code } adoptedOn notes bestPractice { title { fr } } } } } } }',
    );
    const [practice] = bestPractices.edges.map((e: { node: unknown }) => e.node);
    expect(practice.programme.code).toBe('PRG-RH-2018');
    expect(practice.adoptions.map((a: { region: { code: string } }) => a.region.code)).toEqual(['MA-01', 'MA-02']);
    expect(practice.adoptions[0].bestPractice.title.fr).toMatch(/Référentiel/);
  });
});

describe('lookups', () => {
  it('answer null for unknown or malformed ids, and accept upper-case uuids', async () => {
    const result = await data(`{
      a: partnership(id: "0a000000-0000-4000-8000-000000000099") { id }
      b: programme(id: "not-a-uuid") { id }
      c: expert(id: "'; drop table experts; --") { id }
      d: bestPractice(id: "") { id }
      e: programme(id: "${demoIds.programme[0].toUpperCase()}") { code }
    }`);
    expect(result).toEqual({ a: null, b: null, c: null, d: null, e: { code: 'PRG-RH-2018' } });
  });
});
