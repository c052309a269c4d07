// `npm run bench`: runs the README queries through the gateway against a fresh embedded
// PostgreSQL and prints two tables: SQL statements per query (per subgraph), and latency and
// throughput. Bounded: a fixed number of requests, loopback only.
import '../gateway/src/telemetry-off.js';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureDatabases, startEmbeddedPostgres } from '#kit/db';
import { randomSecret } from '../gateway/src/dev-secret.js';
import { startLocalGraph } from '../scripts/local-graph.js';
import { freePort } from '../test/support/global-setup.js';
import { readmeQueries, readmeQueryRoles } from '../test/support/readme.js';
import { secretKey, signIdentityToken, type Role } from '#kit/auth';
import { postGraphQL } from '../test/support/harness.js';

// The graphs run in this process: their per-request log lines would bury the tables.
process.env.LOG_LEVEL ??= 'warn';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-'));
chmodSync(dataDir, 0o777);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'cluster'), port: await freePort(), ephemeral: true });
const counts = { region: 0, ministry: 0 };
try {
  await ensureDatabases(embedded.urlFor('postgres'), ['bench_region', 'bench_ministry']);
  const clientSecret = randomSecret();
  const headersFor = async (role: string | undefined): Promise<Record<string, string>> => {
    if (!role) return {};
    const token = await signIdentityToken({ subject: 'bench', role: role as Role }, secretKey(clientSecret), { issuer: 'passerelle-bench', audience: 'passerelle', expiresIn: '1h' });
    return { authorization: `Bearer ${token}` };
  };
  const graph = await startLocalGraph({
    databaseUrls: { region: embedded.urlFor('bench_region'), ministry: embedded.urlFor('bench_ministry') },
    ports: { gateway: 0, region: 0, ministry: 0 },
    // Each query runs with the token its README note asks for; the secrets exist only for this run.
    auth: { clientTokens: { issuer: 'passerelle-bench', audience: 'passerelle', secret: clientSecret }, internalSecret: randomSecret() },
    onStatement: (name) => {
      counts[name] += 1;
    },
  });
  try {
    const queries = readmeQueries();
    const statementRows = [];
    const latencyRows = [];
    for (const [index, query] of queries.entries()) {
      const name = `README query ${index + 1}`;
      counts.region = 0;
      counts.ministry = 0;
      const headers = await headersFor(readmeQueryRoles()[index]);
      const first = await postGraphQL(graph.gateway.url, query, undefined, headers);
      if (first.body.errors) throw new Error(`${name} failed: ${JSON.stringify(first.body.errors)}`);
      statementRows.push({ query: name, region: counts.region, ministry: counts.ministry, total: counts.region + counts.ministry });

      const durations: number[] = [];
      let next = 0;
      const began = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < REQUESTS) {
            next += 1;
            const start = performance.now();
            await postGraphQL(graph.gateway.url, query, undefined, headers);
            durations.push(performance.now() - start);
          }
        }),
      );
      const elapsed = (performance.now() - began) / 1000;
      durations.sort((a, b) => a - b);
      const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!.toFixed(1);
      latencyRows.push({ query: name, requests: durations.length, concurrency: CONCURRENCY, 'p50 ms': at(0.5), 'p95 ms': at(0.95), 'max ms': at(1), 'req/s': (durations.length / elapsed).toFixed(0) });
    }
    console.log('\nSQL statements per request (through the gateway; every request makes its own loaders, so each costs this)');
    console.table(statementRows);
    console.log(`\nGateway latency, ${REQUESTS} requests per query, ${CONCURRENCY} at a time (loopback, embedded PostgreSQL)`);
    console.table(latencyRows);
  } finally {
    await graph.close();
  }
} finally {
  await embedded.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
