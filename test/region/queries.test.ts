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

async function data(query: string, variables?: Record<string, unknown>) {
  const response = await region.request(query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

async function errorOf(query: string, variables?: Record<string, unknown>) {
  const response = await region.request(query, variables);
  expect(response.body.errors, 'expected an error').toHaveLength(1);
  return response.body.errors[0];
}

describe('regions', () => {
  it('lists the 12 regions in code order with official names', async () => {
    const { regions } = await data('{ regions(first: 100) { totalCount edges { node { code name { fr ar } } } } }');
    expect(regions.totalCount).toBe(12);
    expect(regions.edges.map((edge: any) => edge.node.code)).toEqual(
      Array.from({ length: 12 }, (_, index) => `MA-${String(index + 1).padStart(2, '0')}`),
    );
    expect(regions.edges[0].node.name).toEqual({ fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'طنجة تطوان الحسيمة' });
    expect(regions.edges[11].node.name).toEqual({ fr: 'Dakhla-Oued Ed-Dahab', ar: 'الداخلة وادي الذهب' });
  });

  it('searches names in French and Arabic, and finds nothing for unknown codes', async () => {
    const result = await data(`{ fr: regions(filter: { search: "oriental" }) { edges { node { code } } }
      ar: regions(filter: { search: "سوس" }) { edges { node { code } } }
      missing: region(code: "MA-99") { code } }`);
    expect(result.fr.edges.map((edge: any) => edge.node.code)).toEqual(['MA-02']);
    expect(result.ar.edges.map((edge: any) => edge.node.code)).toEqual(['MA-09']);
    expect(result.missing).toBeNull();
  });

  it('keeps regions apart: each region lists only its own data', async () => {
    const counts = `{ documents { totalCount } staffMembers { totalCount } trainingSessions { totalCount } procedures { totalCount } }`;
    const { tangier, oriental, fes } = await data(`{ tangier: region(code: "MA-01") ${counts} oriental: region(code: "MA-02") ${counts} fes: region(code: "MA-03") ${counts} }`);
    expect(tangier.staffMembers.totalCount).toBe(24);
    expect(tangier.trainingSessions.totalCount).toBe(12);
    expect(oriental.staffMembers.totalCount).toBe(8);
    expect(oriental.procedures.totalCount).toBe(3);
    expect(fes).toEqual({ documents: { totalCount: 0 }, staffMembers: { totalCount: 0 }, trainingSessions: { totalCount: 0 }, procedures: { totalCount: 0 } });
    const { region: ma02 } = await data('{ region(code: "MA-02") { staffMembers(first: 100) { edges { node { region { code } } } } } }');
    expect(new Set(ma02.staffMembers.edges.map((edge: any) => edge.node.region.code))).toEqual(new Set(['MA-02']));
  });
});

describe('documents', () => {
  it('filters by region, kind, published and language, newest version first', async () => {
    const { documents } = await data(`{ documents(filter: { regionCode: "MA-01", kind: ORGANISATION_CHART }) {
      totalCount edges { node { version published language partnership { id } } } } }`);
    expect(documents.edges.map((edge: any) => edge.node.version)).toEqual([2, 1]);
    expect(documents.edges[1].node.partnership).toEqual({ id: demoIds.partnership.tangier2018 });
    const drafts = await data('{ documents(filter: { published: false }) { edges { node { published publishedOn } } } }');
    expect(drafts.documents.edges.length).toBeGreaterThan(0);
    expect(drafts.documents.edges.every((edge: any) => !edge.node.published && edge.node.publishedOn === null)).toBe(true);
    const arabic = await data('{ documents(filter: { language: AR }) { edges { node { language } } } }');
    expect(arabic.documents.edges.every((edge: any) => edge.node.language === 'AR')).toBe(true);
  });

  it('searches titles and treats LIKE wildcards literally', async () => {
    const result = await data(`{ rec: documents(filter: { search: "référentiel" }) { totalCount }
      wildcard: documents(filter: { search: "%" }) { totalCount } arabic: documents(filter: { search: "الهيكل" }) { totalCount } }`);
    expect(result.rec.totalCount).toBe(3);
    expect(result.wildcard.totalCount).toBe(0);
    expect(result.arabic.totalCount).toBe(3);
  });
});

describe('staff members', () => {
  it('filters by department, corps and name, and exposes contact details as demo data', async () => {
    const { staffMembers } = await data(`{ staffMembers(first: 100, filter: { regionCode: "MA-01", department: "Division des systèmes d'information" }) {
      totalCount edges { node { fullName corps department contact { email } } } } }`);
    expect(staffMembers.totalCount).toBe(4);
    for (const { node } of staffMembers.edges) {
      expect(node.fullName).toMatch(/\(démo\)$/);
      expect(node.contact.email).toMatch(/@demo\.invalid$/);
    }
    const corps = await data('{ staffMembers(first: 100, filter: { corps: "Ingénieurs" }) { edges { node { corps } } } }');
    expect(corps.staffMembers.edges.length).toBeGreaterThan(0);
    expect(corps.staffMembers.edges.every((edge: any) => edge.node.corps === 'Ingénieurs')).toBe(true);
    const names = await data('{ staffMembers(filter: { search: "AMINA" }) { edges { node { fullName } } } }');
    expect(names.staffMembers.edges.every((edge: any) => /amina/i.test(edge.node.fullName))).toBe(true);
  });
});

describe('training sessions', () => {
  it('orders by start date and filters by theme, status, dates, trainer and programme', async () => {
    const all = await data('{ trainingSessions(first: 100) { totalCount edges { node { startsOn } } } }');
    const dates = all.trainingSessions.edges.map((edge: any) => edge.node.startsOn);
    expect(dates).toEqual([...dates].sort());
    const result = await data(
      `query($trainer: ID!, $programme: ID!) {
        theme: trainingSessions(filter: { theme: RECEPTION_QUALITY, regionCode: "MA-01" }) { edges { node { theme } } }
        status: trainingSessions(filter: { status: CANCELLED }) { edges { node { status } } }
        range: trainingSessions(first: 100, filter: { startsFrom: "2019-01-01", startsTo: "2019-12-31" }) { edges { node { startsOn } } }
        trainer: trainingSessions(first: 100, filter: { trainerId: $trainer }) { edges { node { trainer { id } } } }
        programme: trainingSessions(first: 100, filter: { programmeId: $programme }) { edges { node { programme { id } } } }
        search: trainingSessions(filter: { search: "réclamations" }) { totalCount } }`,
      { trainer: demoIds.expert[0].toUpperCase(), programme: demoIds.programme[1] },
    );
    expect(result.theme.edges.length).toBe(2);
    expect(result.status.edges).toEqual([{ node: { status: 'CANCELLED' } }]);
    expect(result.range.edges.length).toBe(6);
    expect(result.range.edges.every((edge: any) => edge.node.startsOn.startsWith('2019'))).toBe(true);
    expect(result.trainer.edges.length).toBe(3);
    expect(result.trainer.edges.every((edge: any) => edge.node.trainer.id === demoIds.expert[0])).toBe(true);
    expect(result.programme.edges.every((edge: any) => edge.node.programme.id === demoIds.programme[1])).toBe(true);
    expect(result.search.totalCount).toBe(1);
  });

  it('rejects an inverted date range and a malformed trainer id, naming the argument', async () => {
    const range = await errorOf('{ trainingSessions(filter: { startsFrom: "2020-01-01", startsTo: "2019-01-01" }) { totalCount } }');
    expect(range.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.startsFrom' });
    const nested = await errorOf('{ region(code: "MA-01") { trainingSessions(filter: { startsFrom: "2020-01-01", startsTo: "2019-01-01" }) { totalCount } } }');
    expect(nested.extensions.code).toBe('BAD_USER_INPUT');
    const trainer = await errorOf('{ trainingSessions(filter: { trainerId: "not-a-uuid" }) { totalCount } }');
    expect(trainer.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.trainerId' });
  });

  it('lists enrollments with staff, attendance and evaluations', async () => {
    const { trainingSession } = await data(`{ trainingSession(id: "1c000000-0000-4000-8000-000000000001") {
      status title { fr ar } trainer { id } region { code }
      enrollments(first: 100) { totalCount edges { node { attended evaluation staffMember { fullName region { code } } trainingSession { id } } } } } }`);
    expect(trainingSession.status).toBe('COMPLETED');
    expect(trainingSession.enrollments.totalCount).toBe(8);
    const names = trainingSession.enrollments.edges.map((edge: any) => edge.node.staffMember.fullName);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const { node } of trainingSession.enrollments.edges) {
      expect(node.staffMember.region.code).toBe('MA-01');
      expect(node.trainingSession.id).toBe('1c000000-0000-4000-8000-000000000001');
      if (node.attended) expect(node.evaluation).toBeGreaterThanOrEqual(1);
      else expect(node.evaluation).toBeNull();
    }
  });
});

describe('procedures', () => {
  it('filters by digitisation, theme and name, with bilingual steps', async () => {
    const result = await data(`{ online: procedures(filter: { regionCode: "MA-01", digitisation: ONLINE }) { edges { node { digitisation } } }
      theme: procedures(filter: { theme: RECEPTION_QUALITY }) { totalCount }
      search: procedures(filter: { search: "subvention" }) { edges { node { id region { code } name { fr ar } steps { fr ar } requiredDocuments { fr } costMad processingDays citizenNeed { fr } } } } }`);
    expect(result.online.edges.length).toBe(2);
    expect(result.theme.totalCount).toBe(2);
    const [tangier] = result.search.edges.map((edge: any) => edge.node).filter((node: any) => node.region.code === 'MA-01');
    expect(tangier.id).toBe(demoIds.procedure[0]);
    expect(tangier.steps[0].ar).toBeTruthy();
    expect(tangier.costMad).toBe(0);
  });
});

describe('pagination', () => {
  it('pages to the end with after, reports the last page and the empty list', async () => {
    const first = await data('{ staffMembers(first: 10, filter: { regionCode: "MA-01" }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }');
    expect(first.staffMembers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const seen = first.staffMembers.edges.map((edge: any) => edge.node.id);
    let cursor = first.staffMembers.pageInfo.endCursor;
    for (;;) {
      const page = await data('query($after: String) { staffMembers(first: 10, after: $after, filter: { regionCode: "MA-01" }) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }', { after: cursor });
      expect(page.staffMembers.pageInfo.hasPreviousPage).toBe(true);
      seen.push(...page.staffMembers.edges.map((edge: any) => edge.node.id));
      if (!page.staffMembers.pageInfo.hasNextPage) break;
      cursor = page.staffMembers.pageInfo.endCursor;
    }
    expect(seen.length).toBe(24);
    expect(new Set(seen).size).toBe(24);
    const empty = await data('{ documents(filter: { regionCode: "MA-12" }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }');
    expect(empty.documents).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
    const zero = await data('{ procedures(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }');
    expect(zero.procedures).toEqual({ totalCount: 11, edges: [], pageInfo: { hasNextPage: true } });
  });

  it('rejects first over 100 and a cursor it never gave out, at top level and nested', async () => {
    for (const list of ['documents', 'staffMembers', 'trainingSessions', 'procedures', 'regions']) {
      const error = await errorOf(`{ ${list}(first: 101) { totalCount } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    }
    const nested = await errorOf('{ trainingSessions(first: 1) { edges { node { enrollments(first: 101) { totalCount } } } } }');
    expect(nested.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    const cursor = await errorOf('{ documents(after: "not-a-cursor") { totalCount } }');
    expect(cursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    const negative = await errorOf('{ procedures(first: -1) { totalCount } }');
    expect(negative.extensions.code).toBe('BAD_USER_INPUT');
  });
});
