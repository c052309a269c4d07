// Replicas are the way to scale out: two gateways and two of each subgraph, from the production
// bundles, on the same two databases, behind round-robin balancers (as a Kubernetes Service
// would be). Load spreads over every replica, and killing one under load fails no request but
// those it had in flight.
import { execFileSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretKey, signIdentityToken } from '#kit/auth';
import { startPart, stopParts } from '../support/dist-parts.js';
import { freePort } from '../support/global-setup.js';
import { freshDatabase } from '../support/harness.js';
import { startRoundRobin } from '../support/round-robin.js';

const root = path.resolve(import.meta.dirname, '../..');
const CONCURRENCY = 8;
const parts: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
const jwtSecret = 'replica-test-client-jwt-secret-0123456789';
let balancers: Record<'gateway' | 'region' | 'ministry', Awaited<ReturnType<typeof startRoundRobin>>>;
const replicas: Record<'gateway' | 'region' | 'ministry', ChildProcess[]> = { gateway: [], region: [], ministry: [] };

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { cwd: root, stdio: 'inherit' });
  const region = await freshDatabase('region');
  const ministry = await freshDatabase('ministry');
  cleanups.push(region.drop, ministry.drop);
  const ports = { gateway: [await freePort(), await freePort()], region: [await freePort(), await freePort()], ministry: [await freePort(), await freePort()] };
  const urls = (name: keyof typeof ports) => ports[name].map((port) => `http://127.0.0.1:${port}`);
  balancers = { gateway: await startRoundRobin(urls('gateway')), region: await startRoundRobin(urls('region')), ministry: await startRoundRobin(urls('ministry')) };
  for (const balancer of Object.values(balancers)) cleanups.push(balancer.close);
  const shared = { PASSERELLE_INTERNAL_SECRET: 'replica-test-internal-secret-0123456789ab', PASSERELLE_DATABASE_PREPARED: 'true' };
  const start = async (name: keyof typeof ports, entry: string, env: (port: number) => Record<string, string>) => {
    for (const port of ports[name]) {
      const child = await startPart(root, entry, { ...shared, ...env(port) }, `http://127.0.0.1:${port}/health`);
      parts.push(child);
      replicas[name].push(child);
    }
  };
  await start('ministry', 'dist/subgraphs/ministry/src/index.js', (port) => ({ MINISTRY_DATABASE_URL: ministry.url, MINISTRY_PORT: String(port) }));
  await start('region', 'dist/subgraphs/region/src/index.js', (port) => ({ REGION_DATABASE_URL: region.url, REGION_PORT: String(port), MINISTRY_SUBGRAPH_URL: `${balancers.ministry.url}/graphql` }));
  await start('gateway', 'dist/gateway/src/index.js', (port) => ({
    GATEWAY_PORT: String(port),
    REGION_SUBGRAPH_URL: `${balancers.region.url}/graphql`,
    MINISTRY_SUBGRAPH_URL: `${balancers.ministry.url}/graphql`,
    PASSERELLE_JWT_SECRET: jwtSecret,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  }));
}, 120_000);

afterAll(async () => {
  await stopParts(parts);
  for (const cleanup of cleanups) await cleanup();
});

/** Sends the README dashboard query from CONCURRENCY callers for `millis`, calling `midway` half-way. */
async function load(millis: number, midway: () => void) {
  const token = await signIdentityToken({ subject: 'analyst-1', role: 'ministry-analyst' }, secretKey(jwtSecret), { issuer: 'passerelle-dev', audience: 'passerelle', expiresIn: '5m' });
  const body = JSON.stringify({ query: '{ region(code: "MA-01") { name { fr } partnership { title { fr } ministryCommitments { status } regionCommitments { status } } } }' });
  const outcomes: { at: number; ok: boolean; why?: string }[] = [];
  const began = performance.now();
  const deadline = began + millis;
  setTimeout(midway, millis / 2);
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < deadline) {
      const sent = performance.now() - began;
      const outcome = await fetch(`${balancers.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })
        .then(async (response) => {
          const text = await response.text();
          return response.ok && !text.includes('"errors"') ? { ok: true } : { ok: false, why: `${response.status} ${text.slice(0, 200)}` };
        }, (error: unknown) => ({ ok: false, why: String(error) }));
      outcomes.push({ at: Math.round(sent), ...outcome });
    }
  }));
  return outcomes;
}

/** At most the requests in flight when the kill came (CONCURRENCY) failed, and none sent well after it. */
function expectOnlyInFlightFailures(outcomes: Awaited<ReturnType<typeof load>>): void {
  const failed = outcomes.filter((outcome) => !outcome.ok);
  expect(outcomes.length).toBeGreaterThan(100);
  expect(failed.length, `${failed.length} of ${outcomes.length} failed: ${JSON.stringify(failed.slice(0, 3))}`).toBeLessThanOrEqual(CONCURRENCY);
  // Every failure was sent before the kill (at 1.5 s) plus the time a request takes: none after.
  expect(failed.every((outcome) => outcome.at < 1500 + 500), JSON.stringify(failed)).toBe(true);
}

describe('replicas', () => {
  it('spread the load, and a subgraph replica killed under load fails only requests in flight', async () => {
    expectOnlyInFlightFailures(await load(3000, () => replicas.region[0]!.kill('SIGKILL')));
    for (const [name, balancer] of Object.entries(balancers)) {
      for (const [target, count] of balancer.served) expect(count, `${name} replica ${target}`).toBeGreaterThan(0);
    }
  });

  it('so does a gateway replica', async () => {
    expectOnlyInFlightFailures(await load(3000, () => replicas.gateway[0]!.kill('SIGKILL')));
  });
});
