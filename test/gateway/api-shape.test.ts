import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// What everyday screens need from the graph without client-side arithmetic or exact strings.

const hr: Identity = { subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' };
const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const data = async (query: string, variables: Record<string, unknown> = {}, as?: Identity) => {
  const response = await graph.request(query, variables, as ? { as } : {});
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data;
};

describe('API shape', () => {
  it('seatsLeft is capacity minus enrollments', async () => {
    const { trainingSessions } = await data('{ trainingSessions(first: 20) { edges { node { capacity seatsLeft enrollments { totalCount } } } } }', {}, hr);
    expect(trainingSessions.edges.length).toBeGreaterThan(0);
    for (const { node } of trainingSessions.edges) expect(node.seatsLeft).toBe(Math.max(0, node.capacity - node.enrollments.totalCount));
  });

  it('filters take a list of statuses', async () => {
    const { all, some } = await data(`{
      all: trainingSessions(first: 100) { edges { node { status } } }
      some: trainingSessions(first: 100, filter: { statuses: [COMPLETED, CANCELLED] }) { edges { node { status } } }
    }`, {}, analyst);
    const expected = all.edges.filter(({ node }: any) => ['COMPLETED', 'CANCELLED'].includes(node.status)).length;
    expect(some.edges).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it('text filters ignore case and accents; pickers get the values with counts', async () => {
    const { regions } = await data('{ regions(filter: { search: "fes meknes" }) { edges { node { code } } } }');
    expect(regions.edges).toEqual([]);
    const fes = await data('{ regions(filter: { search: "FES" }) { edges { node { code } } } }');
    expect(fes.regions.edges.map(({ node }: any) => node.code)).toEqual(['MA-03']);
    const { staffFacets, staffMembers } = await data('{ staffFacets(regionCode: "MA-01") { departments { value count } corps { value count } } staffMembers(filter: { regionCode: "MA-01" }) { totalCount } }', {}, hr);
    const total = staffFacets.departments.reduce((sum: number, facet: any) => sum + facet.count, 0);
    expect(total).toBe(staffMembers.totalCount);
    const department = staffFacets.departments[0];
    const shouted = department.value.toUpperCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
    const filtered = await data('query($d: String) { staffMembers(first: 100, filter: { regionCode: "MA-01", department: $d }) { totalCount } }', { d: shouted }, hr);
    expect(filtered.staffMembers.totalCount).toBe(department.count);
  });

  it('documents(filter: { latestOnly: true }) lists each document once, at its latest version', async () => {
    const { documents } = await data('{ documents(first: 100, filter: { regionCode: "MA-01" }) { edges { node { id version versions { id version } } } } }', {}, hr);
    const latest = await data('{ documents(first: 100, filter: { regionCode: "MA-01", latestOnly: true }) { edges { node { id version versions { version } } } } }', {}, hr);
    const lineages = new Set(documents.edges.map(({ node }: any) => JSON.stringify(node.versions.map((v: any) => v.id))));
    expect(latest.documents.edges).toHaveLength(lineages.size);
    for (const { node } of latest.documents.edges) expect(node.version).toBe(Math.max(...node.versions.map((v: any) => v.version)));
  });

  it('top-level lists take orderBy, with a stable order for paging', async () => {
    const { byCapacity } = await data('{ byCapacity: trainingSessions(first: 100, orderBy: { field: CAPACITY, direction: DESC }) { edges { node { capacity } } } }', {}, analyst);
    const capacities = byCapacity.edges.map(({ node }: any) => node.capacity);
    expect(capacities).toEqual([...capacities].sort((a: number, b: number) => b - a));
    const { bySeats } = await data('{ bySeats: trainingSessions(first: 100, orderBy: { field: SEATS_LEFT }) { edges { node { seatsLeft } } } }', {}, analyst);
    const seats = bySeats.edges.map(({ node }: any) => node.seatsLeft);
    expect(seats).toEqual([...seats].sort((a: number, b: number) => a - b));
    const { documents } = await data('{ documents(first: 100, orderBy: { field: VERSION, direction: DESC }) { edges { node { version } } } }');
    const versions = documents.edges.map(({ node }: any) => node.version);
    expect(versions).toEqual([...versions].sort((a: number, b: number) => b - a));
    const first = await data('{ staffMembers(first: 3, orderBy: { field: DEPARTMENT }) { edges { node { department } } pageInfo { endCursor } } }', {}, hr);
    const next = await data('query($after: String) { staffMembers(first: 3, after: $after, orderBy: { field: DEPARTMENT }) { edges { node { department } } } }', { after: first.staffMembers.pageInfo.endCursor }, hr);
    const departments = [...first.staffMembers.edges, ...next.staffMembers.edges].map(({ node }: any) => node.department);
    expect(departments).toEqual([...departments].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
  });

  it('a partnership says where and when it was signed, as a place and a date', async () => {
    const { region } = await data('{ region(code: "MA-01") { partnership { signedOn signedMonth signingPlace } } }');
    // The source gives the month of the Tangier convention, not the day.
    expect(region.partnership).toEqual({ signedOn: null, signedMonth: '2018-04', signingPlace: 'Tanger' });
  });
});
