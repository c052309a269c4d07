import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// `GET /metrics` on the gateway and on each subgraph, in Prometheus's text format: what a
// scraper needs to see requests, their outcomes and latency, subgraph fetches and refusals.

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };

async function metricsOf(url: string): Promise<string> {
  const response = await fetch(new URL('/metrics', url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one series, found by its name and every label given. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number {
  const line = text.split('\n').find((candidate) =>
    candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `)
      ? Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`))
      : false,
  );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : Number.NaN;
}

describe('metrics', () => {
  it('the gateway counts requests by outcome, their latency, its subgraph fetches and the codes it answered', async () => {
    const before = await metricsOf(graph.url);
    const okBefore = valueOf(before, 'passerelle_requests_total', { type: 'query', outcome: 'ok' }) || 0;
    const crossing = await graph.request('{ region(code: "MA-01") { name { fr } partnership { title { fr } ministryCommitments { status } } } }', {}, { as: analyst });
    expect(crossing.body).not.toHaveProperty('errors');
    const refused = await graph.request('{ trainingSessions(first: 100) { edges { node { enrollments(first: 100) { edges { node { staffMember { fullName } } } } } } } }');
    expect((refused.body as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const badToken = await graph.request('{ __typename }', {}, { headers: { authorization: 'Bearer not-a-token' } });
    expect(badToken.status).toBe(401);

    const text = await metricsOf(graph.url);
    expect(valueOf(text, 'passerelle_requests_total', { service: 'gateway', type: 'query', outcome: 'ok' })).toBe(okBefore + 1);
    expect(valueOf(text, 'passerelle_requests_total', { service: 'gateway', outcome: 'client_error' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'passerelle_errors_total', { code: 'QUERY_TOO_COMPLEX' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'passerelle_request_duration_seconds_count', { type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    for (const subgraph of ['region', 'ministry']) {
      expect(valueOf(text, 'passerelle_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'ok' }), subgraph).toBeGreaterThanOrEqual(1);
    }
    // Node's own process metrics come with it.
    expect(valueOf(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // Labels are bounded: no operation text, no subject.
    expect(text).not.toContain('analyst@ministry.test');
    expect(text).not.toContain('trainingSessions');
  });

  it('each subgraph counts its own requests and their latency, and its database connections', async () => {
    await graph.request('{ region(code: "MA-01") { name { fr } partnership { title { fr } } } }', {}, { as: analyst });
    for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
      const text = await metricsOf(subgraph.url);
      expect(valueOf(text, 'passerelle_requests_total', { service: name, type: 'query', outcome: 'ok' }), name).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'passerelle_request_duration_seconds_bucket', { service: name, le: '+Inf' }), name).toBeGreaterThanOrEqual(1);
      // The pool as PostgreSQL sees it: at least the connection that answered this scrape's count.
      expect(valueOf(text, 'passerelle_db_connections', { service: name, state: 'active' }), name).toBeGreaterThanOrEqual(1);
      expect(valueOf(text, 'passerelle_db_pool_max', { service: name }), name).toBeGreaterThan(0);
    }
  });
});
