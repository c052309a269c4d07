// `npm start`: the whole graph on one machine. It runs each subgraph and the gateway as its own
// supervised process (restarted if it dies, with a memory cap) and, while they load their code,
// starts an embedded PostgreSQL when no database URLs are given (data kept in .data/), migrates
// and seeds both databases, then lets the subgraphs serve. Ctrl-C stops everything; the next
// start reuses the data.
import '../gateway/src/telemetry-off.js';
import { performance } from 'node:perf_hooks';
import { ConfigError, embeddedServerUrl, loadConfig } from '#kit/config';
import type { EmbeddedServer } from '#kit/db';
import { resolveAuth } from '../gateway/src/auth-config.js';
import { devJwtSecretPath } from '../gateway/src/dev-secret.js';
import { subgraphLaunches, subgraphNames, type SubgraphName } from '../subgraphs/launch.js';
import { startLaunchConfigSchema } from './start-launch-config.js';
import { freePort, supervise, waitForFreePort, type SupervisedChild } from './supervisor.js';

// Only light modules above: the processes are spawned before the database code, the subgraphs'
// schemas and the gateway's configuration modules are loaded (a third of a second of CPU on a
// core that would otherwise sit idle). Those come in with `import()` once they are.
const EXAMPLE = `{
  region(code: "MA-01") {
    name { fr ar }
    partnership {
      title { fr }
      ministryCommitments { description { fr } status }
      regionCommitments { description { fr } status }
      progress { percentComplete }
    }
  }
}`;

/** The embedded PostgreSQL, from the moment it begins to start (a stop waits for it, then stops it). */
let embedded: Promise<EmbeddedServer> | undefined;
const children: SupervisedChild[] = [];
let stopping = false;

/** Stops whatever has started, in reverse order, so no PostgreSQL is left running. */
async function stop(reason: string, exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping the gateway, the subgraphs${embedded ? ' and the embedded PostgreSQL' : ''}…`);
  for (const child of children) child.halt();
  // The gateway first, so nothing new reaches the subgraphs while they stop.
  for (const child of [...children].reverse()) await child.stop().catch((error: unknown) => console.error(error));
  await embedded?.then((server) => server.stop()).catch((error: unknown) => console.error(error));
  console.log('Stopped.');
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const began = performance.now();
  const config = loadConfig(startLaunchConfigSchema);
  const auth = resolveAuth(config);
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  const urls = { region: config.REGION_DATABASE_URL, ministry: config.MINISTRY_DATABASE_URL } as Record<SubgraphName, string | undefined>;
  const missing = subgraphNames.filter((name) => !urls[name]);
  for (const name of missing) urls[name] = embeddedServerUrl(config.EMBEDDED_POSTGRES_PORT, subgraphLaunches[name].embeddedDatabase);
  const host = config.HOST;
  // Ports left to us (0) are picked before the embedded PostgreSQL listens on its own: never that
  // one, nor one given to another part.
  const promised = new Set([config.REGION_PORT, config.MINISTRY_PORT, config.GATEWAY_PORT, ...(missing.length > 0 ? [config.EMBEDDED_POSTGRES_PORT] : [])]);
  const portFor = async (configured: number) => {
    if (configured) return configured;
    const port = await freePort(promised);
    promised.add(port);
    return port;
  };
  const ports = {
    region: await portFor(config.REGION_PORT),
    ministry: await portFor(config.MINISTRY_PORT),
    gateway: await portFor(config.GATEWAY_PORT),
  };
  const subgraphUrl = (name: SubgraphName) => `http://${host}:${ports[name]}/graphql`;
  await Promise.all(Object.values(ports).map((port) => waitForFreePort(host, port)));
  // The processes start first and load their code (a second or two) while the database starts
  // and migrates below. The subgraphs leave migrations to us and serve only once we say the
  // database is ready (an IPC message, sent again to a restarted one): no request meets a
  // database without its tables. Until then the gateway answers SUBGRAPH_UNAVAILABLE.
  let databaseReady!: () => void;
  let databaseFailed!: (error: unknown) => void;
  const database = new Promise<void>((resolve, reject) => {
    databaseReady = resolve;
    databaseFailed = reject;
  });
  const shared = { HOST: host, PASSERELLE_INTERNAL_SECRET: auth.internalSecret, PASSERELLE_DATA_DIR: config.PASSERELLE_DATA_DIR };
  const heldUntilReady = { PASSERELLE_DATABASE_PREPARED: 'on-message' };
  const log = (line: string) => console.log(line);
  const memoryMb = config.PASSERELLE_PROCESS_MEMORY_MB;
  children.push(
    supervise({
      name: 'region',
      entry: 'subgraphs/region/src/index.ts',
      env: { ...shared, ...heldUntilReady, REGION_DATABASE_URL: urls.region!, REGION_PORT: String(ports.region), MINISTRY_SUBGRAPH_URL: subgraphUrl('ministry'), SEED_DEMO_DATA: 'false' },
      memoryMb,
      startWhen: database,
      healthUrl: `http://${host}:${ports.region}/health`,
    }, log),
    supervise({
      name: 'ministry',
      entry: 'subgraphs/ministry/src/index.ts',
      env: { ...shared, ...heldUntilReady, MINISTRY_DATABASE_URL: urls.ministry!, MINISTRY_PORT: String(ports.ministry), SEED_DEMO_DATA: 'false' },
      memoryMb,
      startWhen: database,
      healthUrl: `http://${host}:${ports.ministry}/health`,
    }, log),
  );
  // The gateway starts beside the subgraphs (it plans from the committed supergraph and calls no
  // subgraph to start); its /health answers 200 once both subgraphs answer theirs.
  const gateway = supervise({
    name: 'gateway',
    entry: 'gateway/src/index.ts',
    env: { ...shared, GATEWAY_PORT: String(ports.gateway), REGION_SUBGRAPH_URL: subgraphUrl('region'), MINISTRY_SUBGRAPH_URL: subgraphUrl('ministry') },
    memoryMb,
    // Its health depends on the subgraphs', so the wait for it begins with theirs.
    startWhen: database,
    healthUrl: `http://${host}:${ports.gateway}/health`,
  }, log);
  children.push(gateway);
  console.log('Starting the subgraphs and the gateway while the database gets ready…');
  // Meanwhile the database: PostgreSQL boots while the rest of our code and configuration load
  // (a bad value there stops everything, with the message).
  const { ensureDatabases, prepareDatabase, startEmbeddedPostgres } = await import('#kit/db');
  if (missing.length > 0) embedded = startEmbeddedPostgres({ dataDir: `${config.PASSERELLE_DATA_DIR}/postgres`, port: config.EMBEDDED_POSTGRES_PORT });
  const [{ startConfigSchema }, { subgraphDatasets }, { explorerEnabled }] = await Promise.all([
    import('./start-config.js'),
    import('../subgraphs/datasets.js'),
    import('../gateway/src/config.js'),
  ]);
  try {
    loadConfig(startConfigSchema);
    if (embedded) {
      const server = await embedded;
      await ensureDatabases(server.urlFor('postgres'), missing.map((name) => subgraphLaunches[name].embeddedDatabase));
      console.log(`Embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_POSTGRES_PORT} (data in ${config.PASSERELLE_DATA_DIR}/postgres) for: ${missing.join(', ')}`);
    }
    if (stopping) return;
    // Migrate and seed here, once, so that a restarted subgraph finds its database ready.
    await Promise.all(subgraphNames.map((name) => prepareDatabase(subgraphDatasets[name], urls[name]!)));
    databaseReady();
  } catch (error) {
    databaseFailed(error);
    throw error;
  }
  await Promise.all(children.map((child) => child.ready()));
  if (stopping) return;
  const gatewayUrl = `http://${host}:${ports.gateway}/graphql`;
  for (const name of subgraphNames) console.log(`Subgraph ${name} at ${subgraphUrl(name)}`);
  console.log(`Processes: ${children.map((child) => `${child.name} (pid ${child.pid()})`).join(', ')}; each restarts if it dies (heap cap ${memoryMb} MB).`);
  console.log(`\nPasserelle is ready in ${((performance.now() - began) / 1000).toFixed(1)} s: ${gatewayUrl}`);
  if (explorerEnabled(process.env)) {
    console.log(`Explorer (GraphiQL): http://${host}:${ports.gateway}/explorer`);
  }
  console.log(`\nTry:\n  curl -s ${gatewayUrl} -H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE.replace(/\s+/g, ' ') })}'\n`);
  console.log(tokenHint(auth.clientKeySource, config.PASSERELLE_DATA_DIR, gatewayUrl));
}

/** Without a token a request is the public role; this says how to act as someone else. */
function tokenHint(source: ReturnType<typeof resolveAuth>['clientKeySource'], dataDir: string, url: string): string {
  if (source === 'jwks') return 'Bearer tokens are verified against PASSERELLE_JWKS_URL; without one a request is the public role.';
  const where = source === 'dev-file' ? `the development secret in ${devJwtSecretPath(dataDir)}` : 'PASSERELLE_JWT_SECRET';
  return `Without a token a request is the public role. To act as a role, mint a token (signed with ${where}):
  TOKEN=$(npm run -s token -- --role region-hr --region MA-01)
  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '{"query":"{ __typename }"}'
Roles: public, region-viewer / region-hr (--region MA-01..MA-12), ministry-analyst, ministry-admin, expert (--expert <Expert id>).
`;
}

main().catch((error: unknown) => {
  // Ctrl-C while starting stops PostgreSQL under a statement still running (PostgreSQL "is
  // shutting down"): that failure is the stop's doing, and the stop is already under way.
  if (stopping) return;
  console.error(error instanceof ConfigError ? error.message : error);
  void stop('Start failed', 1);
});
