import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER, internalSigner, PUBLIC_IDENTITY, type Identity, type Role } from '#kit/auth';
import { startGraphForTest, TEST_AUTH, type TestGraph } from '../support/harness.js';
import { loadHiveGatewayRuntime, supergraphWithUrls, type HiveRuntime } from '../support/peer-gateways.js';
import { readmeAnalystQueries, readmeQueries, readmeQueryRoles } from '../support/readme.js';

// The committed supergraph is meant to run unchanged on any federation gateway. Hive Gateway
// (The Guild's) reads it as it is — only the subgraph URLs point at this test's servers — and
// must give README's queries the same answers as our gateway.

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const createGatewayRuntime = await loadHiveGatewayRuntime();

/** Hive Gateway over our subgraphs, stating one identity to them as our gateway would. */
async function hiveGatewayAs(identity: Identity): Promise<HiveRuntime> {
  const supergraph = supergraphWithUrls(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'), {
    region: graph.subgraphs.region.url,
    ministry: graph.subgraphs.ministry.url,
  });
  // Our subgraphs answer only calls that carry the gateway's signed identity (60 s: this test's span).
  const token = await internalSigner(TEST_AUTH.internalSecret).sign(identity);
  return createGatewayRuntime({
    supergraph,
    transportEntries: { '*': { headers: [[INTERNAL_IDENTITY_HEADER, token]] } },
    logging: false,
  });
}

async function ask(runtime: HiveRuntime, query: string) {
  const response = await runtime.fetch('http://hive.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

describe('Hive Gateway over our supergraph', () => {
  it('answers README’s example and analyst queries exactly as our gateway does', async () => {
    const roles = readmeQueryRoles();
    const cases = [
      ...readmeQueries().map((query, index) => ({ query, role: roles[index] })),
      ...readmeAnalystQueries().map((query) => ({ query, role: 'ministry-analyst' })),
    ];
    expect(cases.length).toBeGreaterThan(4);
    const runtimes = new Map<string, HiveRuntime>();
    try {
      for (const { query, role } of cases) {
        const identity: Identity = role ? { subject: 'readme', role: role as Role } : PUBLIC_IDENTITY;
        if (!runtimes.has(identity.role)) runtimes.set(identity.role, await hiveGatewayAs(identity));
        const ours = await graph.request(query, {}, role ? { as: identity } : {});
        const theirs = await ask(runtimes.get(identity.role)!, query);
        expect(ours.body.errors, query).toBeUndefined();
        expect(theirs.errors, query).toBeUndefined();
        expect(theirs.data, query).toEqual(ours.body.data);
      }
    } finally {
      for (const runtime of runtimes.values()) await runtime.dispose();
    }
  });
});
