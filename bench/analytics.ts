// `npm run bench:analytics -- [--factor 1000] [--rows 100000]`: the analysts' figures on a large
// data set. Runs `npm start`'s layout (scripts/start.ts: each part its own process) over a
// throw-away embedded PostgreSQL, multiplies the seeded sessions and enrollments `--factor` times
// and adds `--rows` staff, then prints the p50 of each statistics query, the EXPLAIN of the
// training statistics statement, and the gateway process's RSS while it exports every enrollment
// as CSV.
import '../gateway/src/telemetry-off.js';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { secretKey, signIdentityToken } from '#kit/auth';
import { ensureDatabases, startEmbeddedPostgres } from '#kit/db';
import { freePort } from '../scripts/supervisor.js';
import { rssMb } from './process-stats.js';

const { values } = parseArgs({ options: { factor: { type: 'string', default: '1000' }, rows: { type: 'string', default: '100000' } } });
const factor = Number(values.factor);
const exportRows = Number(values.rows);

const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-analytics-'));
chmodSync(dataDir, 0o777);
const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
await ensureDatabases(server.urlFor('postgres'), ['bench_region', 'bench_ministry']);
const secret = 'bench-only-client-jwt-secret-0123456789abcdef';
const gatewayPort = await freePort();
const graph = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  env: {
    ...process.env,
    LOG_LEVEL: 'warn',
    REGION_DATABASE_URL: server.urlFor('bench_region'),
    MINISTRY_DATABASE_URL: server.urlFor('bench_ministry'),
    GATEWAY_PORT: String(gatewayPort),
    PASSERELLE_DATA_DIR: path.join(dataDir, 'data'),
    PASSERELLE_JWT_SECRET: secret,
    PASSERELLE_JWT_ISSUER: 'bench',
    PASSERELLE_INTERNAL_SECRET: 'bench-only-internal-secret-0123456789abcdef',
    GATEWAY_REQUEST_TIMEOUT_MS: '120000',
    GATEWAY_EXPLORER: 'false',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const gatewayPid = await new Promise<number>((resolve, reject) => {
  let output = '';
  graph.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const pid = /gateway \(pid (\d+)\)/.exec(output)?.[1];
    if (pid && output.includes('is ready')) resolve(Number(pid));
  });
  graph.once('exit', (code) => reject(new Error(`npm start's script exited (${code}):\n${output}`)));
});
const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
const sql = postgres(server.urlFor('bench_region'), { max: 1, onnotice: () => {} });

console.log(`Multiplying sessions and enrollments by ${factor}, adding ${exportRows} staff…`);
await sql`create temp table copies as select s.id as original, gen_random_uuid() as copy, g from training_sessions s, generate_series(1, ${factor - 1}) g`;
await sql`insert into training_sessions (id, region_code, title_fr, title_ar, theme, starts_on, ends_on, hours, location, capacity, status, programme_id, partnership_id, cancellation_reason)
  select c.copy, s.region_code, s.title_fr, s.title_ar, s.theme, s.starts_on - c.g * 7, s.ends_on - c.g * 7, s.hours, s.location, s.capacity, s.status, s.programme_id, s.partnership_id, s.cancellation_reason
  from copies c join training_sessions s on s.id = c.original`;
await sql`insert into enrollments (id, session_id, staff_id, attended, evaluation)
  select gen_random_uuid(), c.copy, e.staff_id, e.attended, e.evaluation from copies c join enrollments e on e.session_id = c.original`;
await sql`insert into staff_members (id, region_code, full_name, grade, corps, department, job_title)
  select gen_random_uuid(), 'MA-0' || (1 + n % 2), 'Agent ' || n || ' (démo)', 'Grade ' || (n % 5), 'Corps ' || (n % 3), 'Département ' || (n % 7), 'Fonction'
  from generate_series(1, ${exportRows}) n`;
await sql`analyze`;
const [counts] = await sql`select (select count(*) from training_sessions)::int as sessions, (select count(*) from enrollments)::int as enrollments, (select count(*) from staff_members)::int as staff`;
console.log(`Data: ${counts!.sessions} sessions, ${counts!.enrollments} enrollments, ${counts!.staff} staff.\n`);

const token = await signIdentityToken({ subject: 'bench', role: 'ministry-analyst' }, secretKey(secret), { issuer: 'bench', audience: 'passerelle', expiresIn: '1h' });
const ask = async (query: string) => {
  const started = performance.now();
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
};
const queries: Record<string, string> = {
  'training by theme, MA-01, one year': '{ trainingStatistics(filter: { regionCode: "MA-01", from: "2019-01-01", to: "2019-12-31" }, groupBy: [THEME]) { totals { sessions staffTrained } groups { theme sessions hours placesTaken staffTrained attendanceRate averageEvaluation } } }',
  'training by region, year, programme': '{ trainingStatistics(groupBy: [REGION, YEAR, PROGRAMME]) { groups { year sessions hours programme { code } } } }',
  'training by department': '{ trainingStatistics(groupBy: [DEPARTMENT]) { groups { department sessions placesTaken } } }',
  'staff coverage by department': '{ staffTrainingCoverage(filter: { regionCode: "MA-01", from: "2019-01-01", to: "2019-12-31" }, groupBy: [DEPARTMENT]) { groups { department staff trained coverage } } }',
  'procedures by region': '{ procedureStatistics(groupBy: [REGION]) { groups { region { code } procedures digitisationRate } } }',
};
console.log('| statistics query | p50 ms | p90 ms |');
console.log('|---|---|---|');
for (const [label, query] of Object.entries(queries)) {
  await ask(query);
  const times = [];
  for (let run = 0; run < 20; run += 1) times.push(await ask(query));
  times.sort((a, b) => a - b);
  console.log(`| ${label} | ${times[10]!.toFixed(1)} | ${times[18]!.toFixed(1)} |`);
}

console.log('\nEXPLAIN of the per-theme statement (the session scan and the enrollment join):\n');
const plan = await sql.unsafe(`explain (costs off) select s.theme, count(distinct s.id), count(e.id) from training_sessions s
  left join enrollments e on e.session_id = s.id left join staff_members st on st.id = e.staff_id
  where s.region_code = 'MA-01' and s.starts_on between '2019-01-01' and '2019-12-31' group by s.theme`);
for (const row of plan) console.log(`  ${(row as Record<string, string>)['QUERY PLAN']}`);

/** The gateway process's resident set, MB (the subgraphs and PostgreSQL are other processes). */
const rss = () => rssMb(gatewayPid);
const before = rss();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
const started = performance.now();
const response = await fetch(new URL('/export', gatewayUrl), {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ path: 'enrollments', query: 'query($after: String) { enrollments(first: 100, after: $after) { pageInfo { endCursor hasNextPage } edges { node { id attended evaluation staffMember { fullName department } trainingSession { title { fr ar } startsOn } } } } }' }),
});
let bytes = 0;
let lines = 0;
// The gateway's RSS each time another tenth of the rows has arrived: flat means memory does
// not grow with the rows (the first tenth includes the young generation growing to its size).
const timeline: string[] = [];
for await (const chunk of response.body!) {
  bytes += (chunk as Uint8Array).length;
  for (const byte of chunk as Uint8Array) if (byte === 10) lines += 1;
  if (lines >= ((timeline.length + 1) * counts!.enrollments) / 10) timeline.push(`${(timeline.length + 1) * 10}%: ${rss().toFixed(0)}`);
}
// Header plus one line per enrollment: a file cut short by a failed page is not a result.
if (lines !== counts!.enrollments + 1) throw new Error(`the export has ${lines - 1} rows for ${counts!.enrollments} enrollments`);
clearInterval(sampler);
console.log(`\nGateway RSS (MB) as the rows arrive: ${timeline.join(', ')}`);
console.log(`\nExport of ${counts!.enrollments} enrollments as CSV: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s; gateway process RSS ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak (+${(peak - before).toFixed(0)} MB).`);

await sql.end();
graph.kill('SIGINT');
await once(graph, 'exit');
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
