import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabases, startEmbeddedPostgres } from '#kit/db';
import { createLogger } from '#kit/log';
import { startGateway } from '../../gateway/src/gateway.js';
import { supergraphPath } from '../../gateway/src/paths.js';
import { startLocalGraph } from '../../scripts/local-graph.js';
import { freePort } from '../support/global-setup.js';
import { postGraphQL, startGraphForTest, startSubgraphForTest, TEST_AUTH } from '../support/harness.js';

// Faults, with real processes, servers and databases: a part that fails costs the answer that
// part only, with a code that says what happened, and the graph comes back by itself.

const aDocument = '1a000000-0000-4000-8000-000000000001';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

function expectNoInternals(body: unknown) {
  expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost|stack|ECONNREFUSED|select /i);
}

describe('a subgraph down or slow', () => {
  it('down: the gateway answers within 2 s with the other subgraph’s data and SUBGRAPH_UNAVAILABLE naming it', async () => {
    const graph = await startGraphForTest();
    cleanups.push(() => graph.close());
    await graph.subgraphs.region.close();
    const started = performance.now();
    const response = await graph.request('{ programmes { totalCount } region(code: "MA-01") { code } }');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.body.data).toEqual({ programmes: { totalCount: 4 }, region: null });
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'region' });
    expectNoInternals(response.body);
    const health = await fetch(new URL('/health', graph.url));
    expect(health.status).toBe(503);
  });

  it('slow: past the request deadline its fetch is aborted; the rest answers, with DEADLINE_EXCEEDED', async () => {
    const graph = await startGraphForTest({ gatewayLimits: { requestTimeoutMillis: 800 } });
    cleanups.push(() => graph.close());
    // A transaction holding the documents table makes the region's read wait.
    const locker = graph.sql.region.reserve();
    const held = await locker;
    await held`begin`;
    await held`lock table documents in access exclusive mode`;
    try {
      const started = performance.now();
      const response = await graph.request(`{ programmes { totalCount } document(id: "${aDocument}") { id } }`);
      const took = performance.now() - started;
      expect(took).toBeGreaterThan(700);
      expect(took).toBeLessThan(2500);
      expect(response.body.data).toEqual({ programmes: { totalCount: 4 }, document: null });
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED', subgraph: 'region' });
      expectNoInternals(response.body);
    } finally {
      await held`rollback`;
      held.release();
    }
  });

  it('a statement waiting on a lock is cancelled by statement_timeout, as DEADLINE_EXCEEDED for that part only', async () => {
    const region = await startSubgraphForTest('region', { statementTimeoutMillis: 300 });
    cleanups.push(() => region.close());
    const held = await region.sql.reserve();
    await held`begin`;
    await held`lock table documents in access exclusive mode`;
    try {
      const response = await region.request(`{ regions { totalCount } document(id: "${aDocument}") { id } }`);
      expect(response.body.data).toEqual({ regions: { totalCount: 12 }, document: null });
      expect(response.body.errors[0].extensions.code).toBe('DEADLINE_EXCEEDED');
      expectNoInternals(response.body);
    } finally {
      await held`rollback`;
      held.release();
    }
  });

  it('/health reports a subgraph whose tables do not answer as down, and up again once they do', async () => {
    const region = await startSubgraphForTest('region');
    cleanups.push(() => region.close());
    const held = await region.sql.reserve();
    await held`begin`;
    await held`lock table regions in access exclusive mode`;
    const down = await fetch(new URL('/health', region.url));
    await held`rollback`;
    held.release();
    expect(down.status).toBe(503);
    expect((await fetch(new URL('/health', region.url))).status).toBe(200);
  });

  it('a mutation is sent once: a failing subgraph is not retried', async () => {
    const region = await startSubgraphForTest('region');
    const ministry = await startSubgraphForTest('ministry');
    cleanups.push(() => region.close(), () => ministry.close());
    let mutationsSeen = 0;
    // A real HTTP hop in front of the region that fails every mutation with a 503.
    const proxy: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', async () => {
        if (body.includes('mutation')) {
          mutationsSeen += 1;
          response.writeHead(503).end('unavailable');
          return;
        }
        const upstream = await fetch(region.url, { method: 'POST', headers: request.headers as Record<string, string>, body });
        response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
    const address = proxy.address() as { port: number };
    const gateway = await startGateway({
      supergraphSdl: readFileSync(supergraphPath, 'utf8'),
      subgraphUrls: { region: `http://127.0.0.1:${address.port}/graphql`, ministry: ministry.url },
      port: 0,
      clientTokens: TEST_AUTH.clientTokens,
      internalSecret: TEST_AUTH.internalSecret,
      logger: createLogger('gateway', { LOG_LEVEL: 'silent' }),
    });
    cleanups.push(() => gateway.close());
    const { bearerToken } = await import('../support/harness.js');
    const token = await bearerToken({ subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' });
    const response = await postGraphQL(gateway.url, `mutation { publishDocument(input: { documentId: "${aDocument}", expectedVersion: 1 }) { id } }`, {}, { authorization: `Bearer ${token}` });
    expect(response.body.errors).toBeDefined();
    expect(mutationsSeen).toBe(1);
  });
});

describe('PostgreSQL stopped and started again under a running graph', () => {
  it('coded errors during the outage, normal answers afterwards, without restarting Passerelle', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-outage-'));
    chmodSync(dataDir, 0o777);
    const port = await freePort();
    let server = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    await ensureDatabases(server.urlFor('postgres'), ['outage_region', 'outage_ministry']);
    const graph = await startLocalGraph({
      databaseUrls: { region: server.urlFor('outage_region'), ministry: server.urlFor('outage_ministry') },
      ports: { gateway: 0, region: 0, ministry: 0 },
      auth: TEST_AUTH,
    });
    cleanups.push(() => graph.close());
    const ask = () => postGraphQL(graph.gateway.url, '{ region(code: "MA-01") { code } programme(id: "0b000000-0000-4000-8000-000000000001") { code } }');
    expect((await ask()).body.data.region.code).toBe('MA-01');

    await server.stop();
    const during = await ask();
    expect(during.status).toBe(200);
    const codes = during.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code);
    expect(new Set(codes)).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expectNoInternals(during.body);

    server = await startEmbeddedPostgres({ dataDir, port });
    let after = await ask();
    for (let attempt = 0; after.body.errors && attempt < 50; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await ask();
    }
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.region.code).toBe('MA-01');
  });
});
