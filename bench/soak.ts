// `npm run soak -- --minutes 5 --concurrency 50` (or `--seconds 10` for a smoke run): starts
// `npm start` on a throw-away data directory and free ports, drives it with a mix of the README
// queries (as their roles) and enroll/withdraw mutations, then prints throughput, latency
// percentiles, errors and each process's resident memory over time.
import '../gateway/src/telemetry-off.js';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { secretKey, signIdentityToken, type Identity } from '#kit/auth';
import { freePort } from '../scripts/supervisor.js';
import { readmeQueries, readmeQueryRoles } from '../test/support/readme.js';
import { rssMb } from './process-stats.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string' }, seconds: { type: 'string' }, concurrency: { type: 'string', default: '50' } },
});
const durationMillis = values.seconds ? Number(values.seconds) * 1000 : Number(values.minutes ?? '5') * 60_000;
const concurrency = Number(values.concurrency);
if (!(durationMillis > 0) || !(concurrency > 0)) {
  console.error('usage: npm run soak -- [--minutes N | --seconds N] [--concurrency N]');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-soak-'));
chmodSync(dataDir, 0o777);
const gatewayPort = await freePort();
const env = {
  ...process.env,
  // Its output is kept to look for errors: a line per request would fill it.
  LOG_LEVEL: 'warn',
  PASSERELLE_DATA_DIR: dataDir,
  GATEWAY_PORT: String(gatewayPort),
  REGION_PORT: '0',
  MINISTRY_PORT: '0',
  EMBEDDED_POSTGRES_PORT: String(await freePort()),
};
const started = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
await new Promise<void>((resolve, reject) => {
  const timer = setInterval(() => {
    if (/Passerelle is ready/.test(output)) {
      clearInterval(timer);
      resolve();
    }
  }, 100);
  started.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
});
const url = `http://127.0.0.1:${gatewayPort}/graphql`;
const pids: Record<string, number> = { supervisor: started.pid! };
for (const [, name, pid] of output.matchAll(/(\w+) \(pid (\d+)\)/g)) pids[name!] = Number(pid);

const secret = secretKey(readFileSync(path.join(dataDir, 'dev-jwt-secret'), 'utf8').trim());
const tokenFor = (identity: Identity) => signIdentityToken(identity, secret, { issuer: 'passerelle-dev', audience: 'passerelle', expiresIn: '2h' });
const hr = await tokenFor({ subject: 'soak@ma01.test', role: 'region-hr', regionCode: 'MA-01' });
const tokens: Record<string, string> = {};
for (const role of new Set(readmeQueryRoles().filter((role): role is string => !!role))) {
  tokens[role] = await tokenFor({ subject: `soak-${role}`, role } as Identity);
}

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: any };
  return { ok: response.ok && !body.errors, body };
}

// Each worker enrolls one MA-01 staff member into its own session (far in the future, each on
// its own dates so that no enrollment overlaps another) and withdraws them again.
const staff = await call('{ staffMembers(first: 100, filter: { regionCode: "MA-01" }) { edges { node { id } } } }', {}, hr);
const staffIds: string[] = staff.body.data.staffMembers.edges.map((edge: { node: { id: string } }) => edge.node.id);
const sessions: string[] = [];
for (let worker = 0; worker < concurrency; worker += 1) {
  const day = new Date(Date.UTC(2035, 0, 1 + worker * 3)).toISOString().slice(0, 10);
  const created = await call(
    `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
    { input: { regionCode: 'MA-01', title: { fr: `Soak ${worker}` }, theme: 'HR_MANAGEMENT', startsOn: day, endsOn: day, hours: 6, capacity: 10, status: 'PLANNED' } },
    hr,
  );
  sessions.push(created.body.data.scheduleTrainingSession.id);
}

const queries = readmeQueries();
const roles = readmeQueryRoles();
const latencies: number[] = [];
let errors = 0;
const memory: { at: number; rss: Record<string, number> }[] = [];

const sample = () => memory.push({ at: performance.now(), rss: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMb(pid)])) });

const begin = performance.now();
sample();
const sampler = setInterval(sample, Math.max(1000, Math.min(30_000, durationMillis / 10)));
await Promise.all(
  Array.from({ length: concurrency }, async (_, worker) => {
    for (let iteration = 0; performance.now() - begin < durationMillis; iteration += 1) {
      const t = performance.now();
      let ok: boolean;
      if (iteration % 5 === 4) {
        const enrolled = await call(`mutation($s: ID!, $m: ID!) { enrollStaff(input: { sessionId: $s, staffMemberId: $m }) { id } }`, { s: sessions[worker], m: staffIds[worker % staffIds.length] }, hr);
        ok = enrolled.ok && (await call(`mutation($e: ID!) { withdrawStaff(input: { enrollmentId: $e }) { withdrawnEnrollmentId } }`, { e: enrolled.body.data?.enrollStaff?.id }, hr)).ok;
      } else {
        const index = iteration % queries.length;
        const role = roles[index];
        ok = (await call(queries[index]!, {}, role ? tokens[role] : undefined)).ok;
      }
      latencies.push(performance.now() - t);
      if (!ok) errors += 1;
    }
  }),
);
clearInterval(sampler);
sample();
const elapsed = (performance.now() - begin) / 1000;

latencies.sort((a, b) => a - b);
const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
console.log(`\nSoak: ${(durationMillis / 1000).toFixed(0)} s at concurrency ${concurrency} (README queries as their roles; every 5th step enroll + withdraw)\n`);
console.log('| requests | req/s | errors | p50 ms | p99 ms |');
console.log('|---|---|---|---|---|');
console.log(`| ${latencies.length} | ${(latencies.length / elapsed).toFixed(1)} | ${errors} | ${percentile(50).toFixed(1)} | ${percentile(99).toFixed(1)} |`);
console.log('\nResident memory (MB) over time:\n');
const names = Object.keys(pids);
console.log(`| s | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
for (const point of memory) console.log(`| ${((point.at - begin) / 1000).toFixed(0)} | ${names.map((name) => point.rss[name]?.toFixed(0)).join(' | ')} |`);

started.kill('SIGINT');
await new Promise((resolve) => started.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
process.exit(errors > 0 ? 1 : 0);
