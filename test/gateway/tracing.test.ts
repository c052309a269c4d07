import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startTracing } from '#kit/log';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// One trace per request across the gateway and both subgraphs (each a real HTTP server here,
// the context carried by `traceparent`): the gateway's server span under the caller's, Apollo's
// plan and fetch spans, each subgraph's server span under its fetch, and its SQL statements.

const exporter = new InMemorySpanExporter();
let tracing: Awaited<ReturnType<typeof startTracing>>;
let graph: TestGraph;

beforeAll(async () => {
  tracing = await startTracing('passerelle-test', { exporter });
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
  await tracing?.shutdown();
});

const hr: Identity = { subject: 'rh.tanger@region-tth.test', role: 'region-hr', regionCode: 'MA-01' };

/** The spans of one trace, once the gateway's own server span (the last to end) is there. */
async function spansOf(traceId: string): Promise<ReadableSpan[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (spans.some((span) => span.name === 'gateway POST /graphql')) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no gateway span in trace ${traceId}`);
}

describe('traces', () => {
  it('a README query is one trace: the caller\'s span, the gateway\'s, its fetches, each subgraph\'s and their SQL', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const requestId = `traced-${randomBytes(6).toString('hex')}`;
    const response = await graph.request(
      'query Dashboard { region(code: "MA-01") { name { fr } partnership { title { fr } ministryCommitments { status } regionCommitments { status } } } }',
      {},
      { as: hr, headers: { traceparent: `00-${traceId}-${callerSpanId}-01`, 'x-request-id': requestId } },
    );
    expect(response.body).not.toHaveProperty('errors');
    const spans = await spansOf(traceId);
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanId ?? '');

    const gateway = spans.find((span) => span.name === 'gateway POST /graphql')!;
    expect(gateway.parentSpanId).toBe(callerSpanId);
    expect(gateway.attributes['passerelle.request_id']).toBe(requestId);
    expect(spans.some((span) => span.name === 'gateway.plan')).toBe(true);
    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    expect(new Set(fetches.map((span) => span.attributes.service))).toEqual(new Set(['region', 'ministry']));

    for (const subgraph of ['region', 'ministry']) {
      const servers = spans.filter((span) => span.name === `${subgraph} POST /graphql`);
      expect(servers.length, subgraph).toBeGreaterThan(0);
      for (const server of servers) {
        expect(parentOf(server)?.name, subgraph).toBe('gateway.fetch');
        expect(server.attributes['passerelle.request_id']).toBe(requestId);
      }
      const statements = spans.filter((span) => span.name.startsWith('sql ') && servers.some((server) => isUnder(span, server, parentOf)));
      expect(statements.length, `${subgraph} SQL spans`).toBeGreaterThan(0);
      for (const statement of statements) expect(String(statement.attributes['db.statement'])).toMatch(/^(select|insert|with) /i);
    }

    // The request's log line names the same trace (log lines reach the file within 250 ms).
    let line: string | undefined;
    for (let attempt = 0; attempt < 50 && !line; attempt += 1) {
      line = readFileSync(process.env.LOG_FILE!, 'utf8').split('\n').find((text) => text.includes(requestId) && text.includes('"service":"gateway"'));
      if (!line) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(line && JSON.parse(line).traceId).toBe(traceId);
  });

  it('holds no personal data: statements without their values, no subject', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await graph.request('{ staffMembers(first: 3) { edges { node { fullName contact { email phone } } } } }', {}, { as: hr, headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } });
    const staff = (response.body as any).data.staffMembers.edges.map((edge: any) => edge.node);
    const attributes = JSON.stringify((await spansOf(traceId)).map((span) => span.attributes));
    expect(attributes).not.toContain(hr.subject);
    for (const member of staff) {
      expect(attributes).not.toContain(member.fullName);
      expect(attributes).not.toContain(member.contact.email);
    }
  });
});

function isUnder(span: ReadableSpan, ancestor: ReadableSpan, parentOf: (span: ReadableSpan) => ReadableSpan | undefined): boolean {
  for (let current = parentOf(span); current; current = parentOf(current)) if (current === ancestor) return true;
  return false;
}
