import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '#kit/log';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway.js';
import { supergraphPath } from '../../gateway/src/paths.js';
import { redisCache, type SharedCache } from '../../gateway/src/shared-cache.js';
import { freePort } from '../support/global-setup.js';
import { postGraphQL, startGraphForTest, TEST_AUTH, type TestGraph } from '../support/harness.js';

// Gateway replicas share Apollo's persisted-query cache through Redis (REDIS_URL): a query
// registered with one replica runs from its hash alone on another. The machine's Redis
// (TEST_REDIS_URL, else 127.0.0.1:6379) is used, as the suite uses a real PostgreSQL.

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = createLogger('gateway', { LOG_LEVEL: 'silent' });
let graph: TestGraph;
const running: RunningGateway[] = [];
const caches: SharedCache[] = [];

beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  for (const gateway of running) await gateway.close();
  for (const cache of caches) await cache.close();
  await graph?.close();
});

async function replica(redis?: string): Promise<string> {
  const shared = redis ? await redisCache(redis, silent) : undefined;
  if (shared) caches.push(shared);
  const gateway = await startGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: { region: graph.subgraphs.region.url, ministry: graph.subgraphs.ministry.url },
    port: 0,
    clientTokens: TEST_AUTH.clientTokens,
    internalSecret: TEST_AUTH.internalSecret,
    logger: silent,
    ...(shared ? { sharedCache: shared.cache } : {}),
  });
  running.push(gateway);
  return gateway.url;
}

/** An automatic persisted query: the hash alone, or the hash with its text (registering it). */
async function persisted(url: string, query: string, withText: boolean) {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...(withText ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

describe('persisted queries shared between gateway replicas', () => {
  it('a query registered with one replica runs from its hash on another; not without Redis', async () => {
    const [first, second, alone] = [await replica(redisUrl), await replica(redisUrl), await replica()];
    // A text no earlier run registered.
    const query = `{ regions(first: 2) { totalCount } } # ${randomBytes(8).toString('hex')}`;
    expect((await persisted(second, query, false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await persisted(first, query, true)).data).toEqual({ regions: { totalCount: 12 } });
    expect((await persisted(second, query, false)).data).toEqual({ regions: { totalCount: 12 } });
    expect((await persisted(alone, query, false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a Redis that does not answer is a cache miss: queries still run', async () => {
    const down = await replica(`redis://127.0.0.1:${await freePort()}`);
    const query = `{ regions(first: 1) { totalCount } } # ${randomBytes(8).toString('hex')}`;
    expect((await persisted(down, query, true)).data).toEqual({ regions: { totalCount: 12 } });
    expect((await persisted(down, query, false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await postGraphQL(down, '{ regions { totalCount } }')).body.data).toEqual({ regions: { totalCount: 12 } });
  });
});
