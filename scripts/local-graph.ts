import '../gateway/src/telemetry-off.js';
import { readFileSync } from 'node:fs';
import { connect, prepareDatabase, type Sql } from '#kit/db';
import type { PeerUrls } from '#kit/write';
import { startSubgraphServer, type RunningSubgraph } from '#kit/server';
import type { ClientTokenOptions } from '../gateway/src/auth.js';
import { startGateway, type GatewayLimitOptions, type RunningGateway } from '../gateway/src/gateway.js';
import { supergraphPath } from '../gateway/src/paths.js';
import { subgraphNames, subgraphs, type SubgraphName } from '../subgraphs/registry.js';

export interface LocalGraphOptions {
  databaseUrls: Record<SubgraphName, string>;
  ports: Record<SubgraphName | 'gateway', number>;
  host?: string;
  /** Migrate and seed before serving (npm start); tests pass false for prepared databases. */
  prepare?: boolean;
  exposeStatementCount?: boolean;
  onStatement?: (subgraph: SubgraphName, query: string) => void;
  supergraphSdl?: string;
  /** Client bearer-token verification and the gateway↔subgraph secret (gateway/src/config.ts). */
  auth: { clientTokens: ClientTokenOptions; internalSecret: string };
  /** Operation limits, deadline and size caps of the gateway (defaults otherwise). */
  gatewayLimits?: GatewayLimitOptions;
  /** Where the subgraphs keep files (documents' bytes); default `.data`. */
  dataDir?: string;
}

export interface LocalGraph {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  close(): Promise<void>;
}

/**
 * Both subgraphs and the gateway in one process, each subgraph on its own database: the
 * development layout of `npm start`, and what the end-to-end tests run.
 */
export async function startLocalGraph(options: LocalGraphOptions): Promise<LocalGraph> {
  if (options.prepare !== false) {
    await Promise.all(subgraphNames.map((name) => prepareDatabase(subgraphs[name].dataset, options.databaseUrls[name])));
  }
  const pools: Sql[] = [];
  const running = {} as Record<SubgraphName, RunningSubgraph>;
  // Filled once every subgraph listens; each subgraph holds this same object.
  const peers: PeerUrls = {};
  try {
    for (const name of subgraphNames) {
      const sql = connect(options.databaseUrls[name], { applicationName: `passerelle-${name}` });
      pools.push(sql);
      running[name] = await startSubgraphServer(subgraphs[name].definition, {
        sql,
        port: options.ports[name],
        internalSecret: options.auth.internalSecret,
        ...(options.host ? { host: options.host } : {}),
        exposeStatementCount: options.exposeStatementCount ?? false,
        // The gateway in this process keeps idle keep-alive sockets open to its subgraphs;
        // a local stop need not wait the production grace period for them.
        stopGracePeriodMillis: 1000,
        onStatement: options.onStatement ? (query) => options.onStatement?.(name, query) : undefined,
        peers,
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      });
    }
    for (const name of subgraphNames) peers[name] = running[name].url;
    const gateway = await startGateway({
      supergraphSdl: options.supergraphSdl ?? readFileSync(supergraphPath, 'utf8'),
      subgraphUrls: Object.fromEntries(subgraphNames.map((name) => [name, running[name].url])),
      port: options.ports.gateway,
      clientTokens: options.auth.clientTokens,
      internalSecret: options.auth.internalSecret,
      ...(options.host ? { host: options.host } : {}),
      ...options.gatewayLimits,
    });
    return {
      gateway,
      subgraphs: running,
      close: async () => {
        await gateway.close();
        await Promise.all(Object.values(running).map((subgraph) => subgraph.close()));
        await Promise.all(pools.map((sql) => sql.end({ timeout: 5 })));
      },
    };
  } catch (error) {
    await Promise.all(Object.values(running).map((subgraph) => subgraph.close()));
    await Promise.all(pools.map((sql) => sql.end({ timeout: 5 })));
    throw error;
  }
}
