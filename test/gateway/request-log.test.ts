import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { subjectTag } from '#kit/log';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// One log line per request at the gateway and at each subgraph it fetched from, all carrying
// the request's id, in the file every process of the suite appends to (LOG_FILE, set by the
// global setup).

type Line = Record<string, unknown> & { service: string; requestId: string; msg: string };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const gatewayLineWritten = (lines: Line[]) => lines.some((line) => line.service === 'gateway' && line.msg === 'request');

/**
 * The lines of one request, once the gateway's own is written (it comes last, as its answer
 * ends) or, with `complete`, once they say what the test needs: each process buffers its lines
 * for a moment, so another process's line may come after the gateway's.
 */
async function linesOf(requestId: string, complete: (lines: Line[]) => boolean = gatewayLineWritten): Promise<Line[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const lines = readFileSync(process.env.LOG_FILE!, 'utf8')
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as Line);
    if (complete(lines)) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no gateway line for ${requestId}`);
}

const CROSSING = `query Dashboard { region(code: "MA-01") { name { fr } partnership { title { fr } ministryCommitments { status } regionCommitments { status } } } }`;
const hr: Identity = { subject: 'rh.tanger@region-tth.test', role: 'region-hr', regionCode: 'MA-01' };

describe('request logs', () => {
  it('the caller\'s x-request-id is echoed and names the gateway\'s line and each subgraph\'s', async () => {
    const requestId = `client-${randomBytes(6).toString('hex')}`;
    const response = await graph.request(CROSSING, {}, { as: hr, headers: { 'x-request-id': requestId } });
    expect(response.body).not.toHaveProperty('errors');
    expect(response.headers.get('x-request-id')).toBe(requestId);
    // The dashboard asks the region twice (its name, then the convention's region commitments).
    const lines = await linesOf(requestId, (found) => gatewayLineWritten(found) && found.filter((line) => line.service === 'region').length >= 2 && found.some((line) => line.service === 'ministry'));
    const gateway = lines.find((line) => line.service === 'gateway')!;
    expect(gateway).toMatchObject({ msg: 'request', operation: 'Dashboard', type: 'query', role: 'region-hr', status: 200 });
    expect(gateway.cost).toBeGreaterThan(0);
    expect(gateway.ms).toBeGreaterThan(0);
    const fetched = (gateway.fetches as { subgraph: string; ok: boolean }[]).map((fetch) => fetch.subgraph);
    expect(new Set(fetched)).toEqual(new Set(['region', 'ministry']));
    for (const subgraph of ['region', 'ministry']) {
      const own = lines.filter((candidate) => candidate.service === subgraph);
      for (const line of own) expect(line, subgraph).toMatchObject({ msg: 'request', role: 'region-hr', status: 200 });
      // The region's name needs no statement (reference rows); its commitments do.
      expect(Math.max(...own.map((line) => Number(line.statements))), subgraph).toBeGreaterThan(0);
    }
  });

  it('names only the subgraphs fetched: regions\' names in the ministry\'s lists come with its answer', async () => {
    // Region names are reference data both subgraphs serve (@shareable): the planner takes them
    // from the ministry, so programmes with their regions cost one fetch, not two.
    const requestId = `names-${randomBytes(6).toString('hex')}`;
    const query = '{ programmes(first: 5) { edges { node { code regions { code name { fr ar } } } } } }';
    const response = await graph.request(query, {}, { headers: { 'x-request-id': requestId } });
    expect(response.body).not.toHaveProperty('errors');
    const regions = (response.body as { data: { programmes: { edges: { node: { regions: { code: string; name: unknown }[] } }[] } } }).data.programmes.edges.flatMap((edge) => edge.node.regions);
    expect(regions.length).toBeGreaterThan(0);
    // The same names the region subgraph gives.
    const owned = await graph.request('{ regions(first: 12) { edges { node { code name { fr ar } } } } }');
    const byCode = new Map((owned.body as { data: { regions: { edges: { node: { code: string; name: unknown } }[] } } }).data.regions.edges.map((edge) => [edge.node.code, edge.node.name]));
    for (const region of regions) expect(region.name, region.code).toEqual(byCode.get(region.code));
    const gateway = (await linesOf(requestId)).find((line) => line.service === 'gateway')!;
    expect((gateway.fetches as { subgraph: string }[]).map((fetch) => fetch.subgraph)).toEqual(['ministry']);
  });

  it('sends a request\'s parallel queries to one subgraph as one batch, and answers each', async () => {
    // A session's trainer and its programme are two branches of the plan, both at the ministry.
    const requestId = `batch-${randomBytes(6).toString('hex')}`;
    const query = 'query Trained { trainingSessions(first: 20) { edges { node { id trainer { fullName } programme { code title { fr } } } } } }';
    const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
    const response = await graph.request(query, {}, { as: analyst, headers: { 'x-request-id': requestId } });
    expect(response.body).not.toHaveProperty('errors');
    const sessions = (response.body as { data: { trainingSessions: { edges: { node: { trainer: { fullName: string } | null; programme: { code: string } | null } }[] } } }).data.trainingSessions.edges.map((edge) => edge.node);
    expect(sessions.some((session) => session.trainer?.fullName)).toBe(true);
    expect(sessions.some((session) => session.programme?.code)).toBe(true);
    const lines = await linesOf(requestId, (found) => gatewayLineWritten(found) && found.some((line) => line.service === 'ministry'));
    const gateway = lines.find((line) => line.service === 'gateway')!;
    expect((gateway.fetches as { subgraph: string }[]).map((fetch) => fetch.subgraph).sort()).toEqual(['ministry', 'ministry', 'region']);
    const ministry = lines.filter((line) => line.service === 'ministry' && line.msg === 'request');
    expect(ministry).toHaveLength(1);
    expect(ministry[0]).toMatchObject({ status: 200 });
    expect(ministry[0]!.operation).toMatch(/^Trained__ministry__\d+ \+ Trained__ministry__\d+$/);
  });

  it('passes a batched operation\'s refusal on as the subgraph\'s client error', async () => {
    // The trainer's missions take a date the ministry's scalar refuses; the programme, in the
    // same batch, is fine. The refusal says what to fix, as it would without the batch.
    const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
    const query = 'query($from: LocalDate) { trainingSessions(first: 20) { edges { node { trainer { assignments(filter: { activeFrom: $from }) { totalCount } } programme { code } } } } }';
    const response = await graph.request(query, { from: '2024-13-45' }, { as: analyst });
    const errors = (response.body as { errors?: { message: string; extensions: { code: string } }[] }).errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.message).toMatch(/date|LocalDate/i);
  });

  it('an ill-formed x-request-id is replaced by a new id', async () => {
    for (const sent of ['short', 'has spaces in it', 'x'.repeat(200), 'quote"and\\nnewline']) {
      const response = await graph.request('{ regions(first: 1) { totalCount } }', {}, { headers: { 'x-request-id': sent } });
      const id = response.headers.get('x-request-id')!;
      expect(id).not.toBe(sent);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('says who called by a tag, and nothing personal, even when the answer is staff contact details', async () => {
    const requestId = `contacts-${randomBytes(6).toString('hex')}`;
    const response = await graph.request(
      '{ staffMembers(first: 5) { edges { node { fullName contact { email phone } } } } }',
      {},
      { as: hr, headers: { 'x-request-id': requestId } },
    );
    const staff = (response.body as any).data.staffMembers.edges.map((edge: any) => edge.node);
    expect(staff[0].contact.email).toContain('@');
    const text = JSON.stringify(await linesOf(requestId));
    expect(text).toContain(subjectTag(hr.subject)!);
    expect(text).not.toContain(hr.subject);
    for (const member of staff) {
      expect(text).not.toContain(member.fullName);
      expect(text).not.toContain(member.contact.email);
      if (member.contact.phone) expect(text).not.toContain(member.contact.phone);
    }
  });
});
