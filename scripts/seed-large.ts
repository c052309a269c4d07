// `npm run seed:large -- [--scale 100]`: fills the databases `npm start` uses with ~`scale`×
// the demo data (at 100: 10,000 staff, 5,000 sessions, 200,000 enrollments across the 12
// regions, 1,000 experts, 100 programmes; every reference valid), so that lists, filters and
// deep pages are tried where indexes matter. Runs beside a running `npm start` (it then uses its
// embedded PostgreSQL) or on its own; a second run replaces the generated rows, `--scale 0`
// removes them. The demo data stays as it is.
import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import postgres from 'postgres';
import { z } from 'zod';
import { ConfigError, databaseUrl, embeddedServerUrl, loadConfig, port } from '#kit/config';
import { ensureDatabases, fillVolumeAt, prepareDatabase, startEmbeddedPostgres, volumeRows, type EmbeddedServer } from '#kit/db';
import { subgraphNames, subgraphs, type SubgraphName } from '../subgraphs/registry.js';
import { authConfigShape } from '../gateway/src/auth-config.js';
import { freePort } from './supervisor.js';

const USAGE = 'Usage: npm run seed:large -- [--scale 100]   (a whole number from 0 to 1000; 100 gives ~100× the demo data)';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '100' } } });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 0 || scale > 1000) throw new ConfigError(`--scale must be a whole number from 0 to 1000 (got ${JSON.stringify(values.scale)}).\n${USAGE}`);
  const config = loadConfig(
    z.object({
      REGION_DATABASE_URL: databaseUrl,
      MINISTRY_DATABASE_URL: databaseUrl,
      EMBEDDED_POSTGRES_PORT: port(54329),
      PASSERELLE_DATA_DIR: authConfigShape.PASSERELLE_DATA_DIR,
    }),
  );
  const urls = { region: config.REGION_DATABASE_URL, ministry: config.MINISTRY_DATABASE_URL } as Record<SubgraphName, string | undefined>;
  const missing = subgraphNames.filter((name) => !urls[name]);
  let embedded: EmbeddedServer | undefined;
  try {
    if (missing.length > 0) {
      // A running `npm start` holds the embedded cluster: use its server rather than start a second one on the same files.
      // Port 0: any free port (a throw-away data directory, as in CI's smoke run).
      const embeddedPort = config.EMBEDDED_POSTGRES_PORT || (await freePort());
      const adminUrl = embeddedServerUrl(embeddedPort, 'postgres');
      if (!(await answers(adminUrl))) {
        embedded = await startEmbeddedPostgres({ dataDir: `${config.PASSERELLE_DATA_DIR}/postgres`, port: embeddedPort });
      }
      await ensureDatabases(adminUrl, missing.map((name) => subgraphs[name].embeddedDatabase));
      for (const name of missing) urls[name] = embeddedServerUrl(embeddedPort, subgraphs[name].embeddedDatabase);
    }
    await Promise.all(subgraphNames.map((name) => prepareDatabase(subgraphs[name].dataset, urls[name]!)));
    // Bars only on a terminal: in a log (CI, a pipe) the summary below says what was written.
    const bars = process.stdout.isTTY ? new MultiBar({ format: '{subgraph} [{bar}] {percentage}% | {value}/{total} rows | {table}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic) : undefined;
    const began = performance.now();
    const written = await Promise.all(
      subgraphNames.map(async (name) => {
        const steps = subgraphs[name].dataset.volume?.(scale) ?? [];
        const bar = bars?.create(volumeRows(steps), 0, { subgraph: name.padEnd(8), table: '' });
        await fillVolumeAt(urls[name]!, steps, (done, table) => bar?.update(done, { table }));
        bar?.update({ table: 'done' });
        return `${name}: ${steps.map((step) => `${step.rows.toLocaleString('en')} ${step.table}`).join(', ')}`;
      }),
    );
    bars?.stop();
    console.log(`Generated rows at scale ${scale} in ${((performance.now() - began) / 1000).toFixed(1)} s (besides the demo data):\n  ${written.join('\n  ')}`);
  } finally {
    await embedded?.stop();
  }
}

async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
