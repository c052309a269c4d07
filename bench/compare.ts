// `npm run bench:compare -- [--seconds 2] [--rounds 3] [--concurrency 1,16,64] [--gateways ours,stock,hive]
//   [--scale 100] [--queries <name part>] [--young-mb N] [--from build|sources]`
// Our gateway side by side with the gateways a user would pick instead, over the same subgraphs
// and database: the stock @apollo/gateway (bench/peers/stock-apollo.ts) and Hive Gateway with its
// defaults (bench/peers/hive-gateway.ts; `hive-nodedupe` turns its fetch deduplication off).
// Ours runs as production does, from the dist/ bundles (`--from sources`: through tsx).
// The subgraphs run once, each in its own process on a throw-away embedded PostgreSQL; each
// gateway is its own process, driven in turn (alternating, so drift hits all alike) by
// autocannon with the queries of bench/compare-queries.ts, in two workloads: identical requests,
// and the same queries with varied variables. Every answer is checked (data, no errors): a fast
// error is not a result. Prints req/s, p50/p99, errors, gateway CPU-ms per request and peak RSS,
// with the ratios ours/peer, medians of the rounds.
import '../gateway/src/telemetry-off.js';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { secretKey, signIdentityToken } from '#kit/auth';
import { ensureDatabases, fillVolumeAt, prepareDatabase, startEmbeddedPostgres } from '#kit/db';
import { subgraphNames, subgraphs } from '../subgraphs/registry.js';
import { entryArguments, freePort, supervise, type SupervisedChild } from '../scripts/supervisor.js';
import { benchQueries, type BenchQuery } from './compare-queries.js';
import { printFetchBreakdown, startRecordingProxies } from './fetch-breakdown.js';
import { cpuMillis, rssMb } from './process-stats.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,16,64' },
    gateways: { type: 'string', default: 'ours,stock,hive' },
    // A V8 semi-space (young generation) size for our processes (the subgraphs and our gateway), MB; 0: Node's default, as npm start runs them.
    'young-mb': { type: 'string', default: '0' },
    // `npm run seed:large`'s rows on top of the demo data (0: the demo data only).
    scale: { type: 'string', default: '0' },
    // Only the queries whose name contains this text.
    queries: { type: 'string', default: '' },
    // Our gateway and subgraphs write CPU profiles (node --cpu-prof) into <dir>/<process name>.
    profile: { type: 'string' },
    // Our gateway and subgraphs as production runs them, the dist/ bundles (built first if the
    // sources changed), or from the sources through tsx.
    from: { type: 'string', default: 'build' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const concurrencies = values.concurrency.split(',').map(Number);
const gatewayNames = values.gateways.split(',');
const youngGenerationMb = Number(values['young-mb']);
const youngGenerationFlags = youngGenerationMb ? [`--max-semi-space-size=${youngGenerationMb}`] : [];
const scale = Number(values.scale);
const queries = benchQueries.filter((query) => query.name.includes(values.queries));
/** `--profile <dir>`: each of our processes writes its CPU profile to <dir>/<name> when it stops. */
const profileFlags = (name: string) => (values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(values.profile, name)}`] : []);
if (!['build', 'sources'].includes(values.from)) throw new Error(`--from ${values.from}: choose build or sources`);
const fromBuild = values.from === 'build';
if (fromBuild) execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'inherit' });
const workloads = ['identical', 'varied'] as const;
const firstBad = new Map<string, string>();
type Workload = (typeof workloads)[number];

const root = path.resolve(import.meta.dirname, '..');
const memoryMb = 512;
const clientSecret = 'bench-only-client-jwt-secret-0123456789abcdef';
const internalSecret = 'bench-only-internal-secret-0123456789abcdef';

const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-compare-'));
chmodSync(dataDir, 0o777);
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'cluster'), port: await freePort(), ephemeral: true });
const children: SupervisedChild[] = [];
const gateways: { name: string; url: string; process: ChildProcess }[] = [];

try {
  await ensureDatabases(database.urlFor('postgres'), ['bench_region', 'bench_ministry']);
  const urls = { region: database.urlFor('bench_region'), ministry: database.urlFor('bench_ministry') };
  await Promise.all(subgraphNames.map((name) => prepareDatabase(subgraphs[name].dataset, urls[name])));
  if (scale > 0) {
    await Promise.all(
      subgraphNames.map(async (name) => {
        await fillVolumeAt(urls[name], subgraphs[name].dataset.volume!(scale));
      }),
    );
  }

  const ports = { region: await freePort(), ministry: await freePort() };
  const subgraphUrl = (name: 'region' | 'ministry') => `http://127.0.0.1:${ports[name]}/graphql`;
  // Our processes log as in production (a JSON line per request), to /dev/null: the logging
  // costs what it costs, and the driver does not read it.
  const productionLogs = { LOG_LEVEL: 'info', LOG_FORMAT: 'json', LOG_FILE: '/dev/null' };
  const shared = { HOST: '127.0.0.1', PASSERELLE_INTERNAL_SECRET: internalSecret, PASSERELLE_DATA_DIR: path.join(dataDir, 'data'), ...productionLogs };
  const log = (line: string) => (line.includes('error') ? console.error(line) : undefined);
  children.push(
    supervise({ name: 'region', entry: 'subgraphs/region/src/index.ts', env: { ...shared, REGION_DATABASE_URL: urls.region, REGION_PORT: String(ports.region), MINISTRY_SUBGRAPH_URL: subgraphUrl('ministry'), SEED_DEMO_DATA: 'false' }, memoryMb, fromBuild, nodeFlags: [...youngGenerationFlags, ...profileFlags('region')], healthUrl: `http://127.0.0.1:${ports.region}/health` }, log),
    supervise({ name: 'ministry', entry: 'subgraphs/ministry/src/index.ts', env: { ...shared, MINISTRY_DATABASE_URL: urls.ministry, MINISTRY_PORT: String(ports.ministry), SEED_DEMO_DATA: 'false' }, memoryMb, fromBuild, nodeFlags: [...youngGenerationFlags, ...profileFlags('ministry')], healthUrl: `http://127.0.0.1:${ports.ministry}/health` }, log),
  );
  await Promise.all(children.map((child) => child.ready()));

  const token = await signIdentityToken({ subject: 'bench', role: 'ministry-analyst' }, secretKey(clientSecret), { issuer: 'bench', audience: 'passerelle', expiresIn: '2h' });
  const peerEnv = { ...shared, REGION_SUBGRAPH_URL: subgraphUrl('region'), MINISTRY_SUBGRAPH_URL: subgraphUrl('ministry'), BENCH_ROLE: 'ministry-analyst' };
  const entries: Record<string, { entry: string; fromBuild?: boolean; env: Record<string, string>; flags?: string[] }> = {
    ours: { entry: 'gateway/src/index.ts', fromBuild, env: { ...peerEnv, ...productionLogs, PASSERELLE_JWT_SECRET: clientSecret, PASSERELLE_JWT_ISSUER: 'bench', GATEWAY_EXPLORER: 'false' }, flags: [...youngGenerationFlags, ...profileFlags('gateway')] },
    stock: { entry: 'bench/peers/stock-apollo.ts', env: peerEnv },
    hive: { entry: 'bench/peers/hive-gateway.ts', env: peerEnv },
    'hive-nodedupe': { entry: 'bench/peers/hive-gateway.ts', env: { ...peerEnv, BENCH_HIVE_DEDUPE: 'false' } },
  };
  const startGateway = async (name: string, extraEnv: Record<string, string> = {}) => {
    const spec = entries[name];
    if (!spec) throw new Error(`unknown gateway ${name}; choose among ${Object.keys(entries).join(', ')}`);
    const port = await freePort();
    // Every gateway gets the heap cap `npm start` gives each process; only ours takes --young-mb
    // and --profile (a peer runs with Node's defaults, as its users would).
    const child = spawn(process.execPath, [`--max-old-space-size=${memoryMb}`, ...(spec.flags ?? []), ...entryArguments(spec.entry, spec.fromBuild ?? false)], {
      cwd: root,
      env: { ...process.env, ...spec.env, ...extraEnv, GATEWAY_PORT: String(port), BENCH_PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const gateway = { name, url: `http://127.0.0.1:${port}/graphql`, process: child };
    gateways.push(gateway);
    await waitUntilAnswering(gateway.url, token);
    return gateway;
  };
  for (const name of gatewayNames) await startGateway(name);
  console.log(`Subgraphs and ${gateways.length} gateways up (${gateways.map((g) => `${g.name} pid ${g.process.pid}`).join(', ')}).`);
  console.log(`${rounds} rounds × concurrency ${concurrencies.join('/')} × ${workloads.length} workloads × ${queries.length} queries × ${gateways.length} gateways, ${seconds} s each.\n`);

  // Warm-up: JIT, query-plan caches and connection pools, so the first round is not penalised.
  for (const gateway of gateways) for (const query of queries) await drive(gateway, query, 'identical', 8, Math.min(1, seconds), token);

  if (concurrencies.includes(1)) {
    // Our gateway once more, behind recording proxies: it shows which fetches each query makes.
    const proxies = await startRecordingProxies({ region: subgraphUrl('region'), ministry: subgraphUrl('ministry') });
    const recorder = await startGateway('ours', { REGION_SUBGRAPH_URL: proxies.proxyUrls.region!, MINISTRY_SUBGRAPH_URL: proxies.proxyUrls.ministry! });
    const measured = gateways.filter((gateway) => gateway !== recorder);
    await printFetchBreakdown({
      queries,
      gateways: measured,
      token,
      samples: Math.max(20, Math.round(seconds * 100)),
      record: async (query) => {
        proxies.take();
        await fetch(recorder.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: query.query, variables: query.variants[0] }) });
        return proxies.take();
      },
    });
    recorder.process.kill('SIGTERM');
    gateways.splice(gateways.indexOf(recorder), 1);
    await proxies.close();
  }

  type Sample = { rps: number; p50: number; p99: number; bad: number; requests: number };
  const samples = new Map<string, Sample[]>();
  const cpu = new Map<string, { ms: number; requests: number }>(gateways.map((g) => [g.name, { ms: 0, requests: 0 }]));
  const peakRss = new Map<string, number>(gateways.map((g) => [g.name, 0]));
  const peakRss64 = new Map<string, number>(gateways.map((g) => [g.name, 0]));
  for (let round = 0; round < rounds; round += 1) {
    for (const concurrency of concurrencies) {
      for (const workload of workloads) {
        for (const query of queries) {
          for (const gateway of round % 2 === 0 ? gateways : [...gateways].reverse()) {
            const pid = gateway.process.pid!;
            const cpuBefore = cpuMillis(pid);
            let peak = 0;
            const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
            const result = await drive(gateway, query, workload, concurrency, seconds, token);
            clearInterval(sampler);
            peak = Math.max(peak, rssMb(pid));
            const used = cpu.get(gateway.name)!;
            used.ms += cpuMillis(pid) - cpuBefore;
            used.requests += result.requests;
            peakRss.set(gateway.name, Math.max(peakRss.get(gateway.name)!, peak));
            if (concurrency === Math.max(...concurrencies)) peakRss64.set(gateway.name, Math.max(peakRss64.get(gateway.name)!, peak));
            const key = `${workload}|${concurrency}|${query.name}|${gateway.name}`;
            samples.set(key, [...(samples.get(key) ?? []), result]);
          }
        }
      }
    }
    console.log(`round ${round + 1} of ${rounds} done`);
  }

  const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
  const peers = gateways.filter((g) => g.name !== 'ours').map((g) => g.name);
  console.log(`\n| workload | c | query | ${gateways.map((g) => `${g.name} req/s`).join(' | ')} | ${peers.map((p) => `ours/${p}`).join(' | ')} | ${gateways.map((g) => `${g.name} p50/p99 ms`).join(' | ')} | bad answers |`);
  console.log(`|${'---|'.repeat(3 + gateways.length * 2 + peers.length + 1)}`);
  let bad = 0;
  for (const workload of workloads) {
    for (const concurrency of concurrencies) {
      for (const query of queries) {
        const of = (name: string) => samples.get(`${workload}|${concurrency}|${query.name}|${name}`) ?? [];
        const rps = (name: string) => median(of(name).map((s) => s.rps));
        const badHere = gateways.reduce((sum, g) => sum + of(g.name).reduce((n, s) => n + s.bad, 0), 0);
        bad += badHere;
        console.log(`| ${workload} | ${concurrency} | ${query.name} | ${gateways.map((g) => rps(g.name).toFixed(0)).join(' | ')} | ${peers.map((p) => (rps('ours') / rps(p)).toFixed(2)).join(' | ')} | ${gateways.map((g) => `${median(of(g.name).map((s) => s.p50)).toFixed(1)}/${median(of(g.name).map((s) => s.p99)).toFixed(1)}`).join(' | ')} | ${badHere} |`);
      }
    }
  }
  console.log(`\n| gateway | CPU ms per request | peak RSS MB | peak RSS MB at concurrency ${Math.max(...concurrencies)} |`);
  console.log('|---|---|---|---|');
  for (const gateway of gateways) {
    const used = cpu.get(gateway.name)!;
    console.log(`| ${gateway.name} | ${(used.ms / Math.max(used.requests, 1)).toFixed(2)} | ${peakRss.get(gateway.name)!.toFixed(0)} | ${peakRss64.get(gateway.name)!.toFixed(0)} |`);
  }
  if (bad > 0) {
    console.error(`\n${bad} answers had errors or no data: those runs are not results. First of each:`);
    for (const [where, answer] of firstBad) console.error(`  ${where}: ${answer}`);
    // Our gateway's bad answers fail the run; a peer's are reported (its figure is then not a result).
    if ([...firstBad.keys()].some((where) => where.startsWith('ours|'))) process.exitCode = 1;
  }
} finally {
  for (const gateway of gateways) gateway.process.kill('SIGTERM');
  for (const child of children) child.halt();
  await Promise.all(children.map((child) => child.stop().catch(() => {})));
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
// autocannon's and the children's handles would keep the process waiting after the tables.
process.exit(process.exitCode ?? 0);

/** One autocannon run of one query against one gateway; every answer is parsed and checked. */
async function drive(gateway: { name: string; url: string }, query: BenchQuery, workload: Workload, connections: number, duration: number, token: string) {
  let bad = 0;
  let next = 0;
  const bodies = query.variants.map((variables) => JSON.stringify({ query: query.query, variables }));
  const result = await autocannon({
    url: gateway.url,
    connections,
    duration,
    method: 'POST',
    // Our gateway reads the analyst's bearer token; the peers state the analyst to the subgraphs themselves.
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: workload === 'identical' ? bodies[0]! : bodies[(next += 1) % bodies.length]! }),
        onResponse: (status, body) => {
          if (status === 200 && isGoodAnswer(body)) return;
          bad += 1;
          // The first bad answer of each gateway and query, so that a failure says what it was.
          const seen = `${gateway.name}|${query.name}`;
          if (!firstBad.has(seen)) firstBad.set(seen, `${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad: bad + result.errors + result.timeouts, requests: result.requests.total };
}

function isGoodAnswer(body: string): boolean {
  try {
    const answer = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return answer.errors === undefined && answer.data !== null && answer.data !== undefined;
  } catch {
    return false;
  }
}

async function waitUntilAnswering(url: string, token: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }) });
      if (response.ok && isGoodAnswer(await response.text())) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 60 s`);
}
