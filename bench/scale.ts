// `npm run bench:scale -- [--scale 100] [--runs 40]`: the same queries on the demo data and on
// ~`scale`× the demo data (`npm run seed:large`'s rows), one at a time (concurrency 1), so the
// ratio large/small says which queries grow with the data. Also a page 2,000 rows deep of the
// session and staff lists against their first page on the demo data: with seek pagination a
// deep page costs what the first does. Runs a throw-away embedded PostgreSQL and two graphs
// (gateway and subgraphs in this process), alternating between them request by request.
import '../gateway/src/telemetry-off.js';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { secretKey, signIdentityToken } from '#kit/auth';
import { ensureDatabases, fillVolumeAt, startEmbeddedPostgres } from '#kit/db';
import { randomSecret } from '../gateway/src/dev-secret.js';
import { startLocalGraph, type LocalGraph } from '../scripts/local-graph.js';
import { freePort } from '../scripts/supervisor.js';
import { subgraphNames, subgraphs } from '../subgraphs/registry.js';
import { benchQueries } from './compare-queries.js';
import { scaleQueries, type ScaleQuery } from './scale-queries.js';

// The graphs run in this process: their per-request log lines would bury the tables.
process.env.LOG_LEVEL ??= 'warn';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100' }, runs: { type: 'string', default: '40' } } });
const scale = Number(values.scale);
const runs = Number(values.runs);

const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-scale-'));
chmodSync(dataDir, 0o777);
const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'cluster'), port: await freePort(), ephemeral: true });
const graphs: LocalGraph[] = [];
try {
  const names = ['small_region', 'small_ministry', 'large_region', 'large_ministry'];
  await ensureDatabases(database.urlFor('postgres'), names);
  const clientSecret = randomSecret();
  const auth = { clientTokens: { issuer: 'passerelle-bench', audience: 'passerelle', secret: clientSecret }, internalSecret: randomSecret() };
  const start = (size: 'small' | 'large') =>
    startLocalGraph({ databaseUrls: { region: database.urlFor(`${size}_region`), ministry: database.urlFor(`${size}_ministry`) }, ports: { gateway: 0, region: 0, ministry: 0 }, auth });
  const small = await start('small');
  const large = await start('large');
  graphs.push(small, large);
  const began = performance.now();
  await Promise.all(
    subgraphNames.map(async (name) => {
      await fillVolumeAt(database.urlFor(`large_${name}`), subgraphs[name].dataset.volume!(scale));
    }),
  );
  console.log(`Large data (scale ${scale}) generated in ${((performance.now() - began) / 1000).toFixed(1)} s.`);

  const token = await signIdentityToken({ subject: 'bench', role: 'ministry-analyst' }, secretKey(clientSecret), { issuer: 'passerelle-bench', audience: 'passerelle', expiresIn: '1h' });
  const ask = async (graph: LocalGraph, query: ScaleQuery, variables: Record<string, unknown>) => {
    const started = performance.now();
    const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: query.query, variables }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    const elapsed = performance.now() - started;
    if (body.errors || !body.data) throw new Error(`${query.name}: ${JSON.stringify(body.errors)}`);
    return { elapsed, data: body.data, nodes: JSON.stringify(body.data).split('"node":').length - 1 };
  };

  const rows: string[] = [];
  for (const query of [...benchQueries.map((q): ScaleQuery => ({ name: q.name, query: q.query, variables: q.variants[0]! })), ...scaleQueries]) {
    // A deep page needs the cursor of row 2,000 on the large data; the demo data's baseline is its first page.
    const largeVariables = query.deep ? { ...query.variables, after: await cursorAt(large, query, query.deep) } : query.variables;
    const times = { small: [] as number[], large: [] as number[] };
    const nodes = { small: 0, large: 0 };
    for (let run = -3; run < runs; run += 1) {
      const a = await ask(small, query, query.variables);
      const b = await ask(large, query, largeVariables);
      if (run >= 0) {
        times.small.push(a.elapsed);
        times.large.push(b.elapsed);
      }
      nodes.small = a.nodes;
      nodes.large = b.nodes;
    }
    const p50 = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
    const ratio = p50(times.large) / p50(times.small);
    rows.push(`| ${query.name} | ${nodes.small} / ${nodes.large} | ${p50(times.small).toFixed(1)} | ${p50(times.large).toFixed(1)} | ${ratio.toFixed(2)} |${ratio > 1.2 ? ' over 1.2 |' : ' |'}`);
  }
  console.log(`\np50 of ${runs} requests each, one at a time, ministry analyst, demo data vs scale ${scale}:\n`);
  console.log('| query | nodes in the answer, demo / large | demo data p50 ms | large data p50 ms | large/demo | |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);

  /** The end cursor after `rows` rows of the query's list, walked page by page. */
  async function cursorAt(graph: LocalGraph, query: ScaleQuery, rows: number): Promise<string> {
    let after: string | null = null;
    for (let walked = 0; walked < rows; walked += 100) {
      const { data } = await ask(graph, { ...query, query: query.walk! }, { ...query.variables, first: 100, after });
      after = (Object.values(data as Record<string, { pageInfo: { endCursor: string } }>)[0]!).pageInfo.endCursor;
    }
    return after!;
  }
} finally {
  for (const graph of graphs) await graph.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
