// `npm start`: the whole graph on one machine. Without database URLs it runs an embedded
// PostgreSQL (data kept in .data/), migrates and seeds both databases, then serves both
// subgraphs and the gateway. Ctrl-C stops everything; the next start reuses the data.
import '../gateway/src/telemetry-off.js';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { ConfigError, databaseUrl, loadConfig, port } from '#kit/config';
import { ensureDatabases, startEmbeddedPostgres, type EmbeddedServer } from '#kit/db';
import { subgraphNames, subgraphs, type SubgraphName } from '../subgraphs/registry.js';
import { authConfigShape, checkAuthConfig, resolveAuth } from '../gateway/src/config.js';
import { devJwtSecretPath } from '../gateway/src/dev-secret.js';
import { startLocalGraph, type LocalGraph } from './local-graph.js';

const configSchema = z
  .object({
    REGION_DATABASE_URL: databaseUrl,
    MINISTRY_DATABASE_URL: databaseUrl,
    EMBEDDED_POSTGRES_PORT: port(54329),
    GATEWAY_PORT: port(4000),
    REGION_PORT: port(4001),
    MINISTRY_PORT: port(4002),
    HOST: z.string().default('127.0.0.1'),
    ...authConfigShape,
  })
  // Gateway and subgraphs share this process, so in development a per-run internal secret will do.
  .superRefine((config, context) => checkAuthConfig(config, context, { internalSecretRequired: false }));

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

let embedded: EmbeddedServer | undefined;
let graph: LocalGraph | undefined;
let stopping = false;

/** Stops whatever has started, in reverse order, so no PostgreSQL is left running. */
async function stop(reason: string, exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping the gateway, the subgraphs${embedded ? ' and the embedded PostgreSQL' : ''}…`);
  await graph?.close().catch((error: unknown) => console.error(error));
  await embedded?.stop().catch((error: unknown) => console.error(error));
  console.log('Stopped.');
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const began = performance.now();
  const config = loadConfig(configSchema);
  const auth = resolveAuth(config);
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  const urls = { region: config.REGION_DATABASE_URL, ministry: config.MINISTRY_DATABASE_URL } as Record<SubgraphName, string | undefined>;
  const missing = subgraphNames.filter((name) => !urls[name]);
  if (missing.length > 0) {
    embedded = await startEmbeddedPostgres({ dataDir: `${config.PASSERELLE_DATA_DIR}/postgres`, port: config.EMBEDDED_POSTGRES_PORT });
    await ensureDatabases(embedded.urlFor('postgres'), missing.map((name) => subgraphs[name].embeddedDatabase));
    for (const name of missing) urls[name] = embedded.urlFor(subgraphs[name].embeddedDatabase);
    console.log(`Embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_POSTGRES_PORT} (data in ${config.PASSERELLE_DATA_DIR}/postgres) for: ${missing.join(', ')}`);
  }
  if (stopping) return;
  graph = await startLocalGraph({
    databaseUrls: urls as Record<SubgraphName, string>,
    ports: { gateway: config.GATEWAY_PORT, region: config.REGION_PORT, ministry: config.MINISTRY_PORT },
    host: config.HOST,
    auth,
  });
  for (const name of subgraphNames) console.log(`Subgraph ${name} at ${graph.subgraphs[name].url}`);
  console.log(`\nPasserelle is ready in ${((performance.now() - began) / 1000).toFixed(1)} s: ${graph.gateway.url}`);
  console.log(`\nTry:\n  curl -s ${graph.gateway.url} -H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE.replace(/\s+/g, ' ') })}'\n`);
  console.log(tokenHint(auth.clientKeySource, config.PASSERELLE_DATA_DIR, graph.gateway.url));
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
  console.error(error instanceof ConfigError ? error.message : error);
  void stop('Start failed', 1);
});
