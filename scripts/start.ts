// `npm start`: the whole graph on one machine. Without database URLs it runs an embedded
// PostgreSQL (data kept in .data/), migrates and seeds both databases, then serves both
// subgraphs and the gateway. Ctrl-C stops everything; the next start reuses the data.
import '../gateway/src/telemetry-off.js';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { ConfigError, databaseUrl, ensureDatabases, loadConfig, port, startEmbeddedPostgres, type EmbeddedServer } from '#kit';
import { subgraphNames, subgraphs, type SubgraphName } from '../subgraphs/registry.js';
import { startLocalGraph, type LocalGraph } from './local-graph.js';

const configSchema = z.object({
  REGION_DATABASE_URL: databaseUrl,
  MINISTRY_DATABASE_URL: databaseUrl,
  PASSERELLE_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_POSTGRES_PORT: port(54329),
  GATEWAY_PORT: port(4000),
  REGION_PORT: port(4001),
  MINISTRY_PORT: port(4002),
  HOST: z.string().default('127.0.0.1'),
});

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
  });
  for (const name of subgraphNames) console.log(`Subgraph ${name} at ${graph.subgraphs[name].url}`);
  console.log(`\nPasserelle is ready in ${((performance.now() - began) / 1000).toFixed(1)} s: ${graph.gateway.url}`);
  console.log(`\nTry:\n  curl -s ${graph.gateway.url} -H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE.replace(/\s+/g, ' ') })}'\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  void stop('Start failed', 1);
});
