import { z } from 'zod';
import { ConfigError, internalSecretPurpose, loadConfig, nodeEnv, port, sharedSecret } from '../config/index.js';
import { connect, prepareDatabase, type SubgraphDataset } from '../db/index.js';
import { createLogger, startTracing } from '../log/index.js';
import { startSubgraphServer, type AnySubgraphDefinition } from './server.js';

export interface SubgraphEntryOptions {
  databaseUrlVariable: string;
  portVariable: string;
  defaultPort: number;
  /** Environment variables naming the other subgraphs this one checks references against. */
  peerUrlVariables?: Record<string, string>;
}

/**
 * The environment a standalone subgraph reads (its database, port, peers, and the shared
 * variables); the deployment files are checked against it.
 */
export function subgraphConfigShape(options: SubgraphEntryOptions) {
  return {
    [options.databaseUrlVariable]: z
      .string({ error: 'is required: the postgres:// URL of this subgraph\'s own database' })
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL'),
    [options.portVariable]: port(options.defaultPort),
    HOST: z.string().default('127.0.0.1'),
    NODE_ENV: nodeEnv,
    SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
    // Set by `npm start`: it migrates and seeds the database itself, and sends the IPC
    // message `{ type: 'start' }` when it is done; until then the process loads but does
    // not serve (a request would meet tables that are not there yet).
    PASSERELLE_DATABASE_PREPARED: z.enum(['true', 'false', 'on-message']).default('false'),
    // false behind a connection pooler in transaction mode that cannot keep prepared statements.
    PASSERELLE_PREPARED_STATEMENTS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
    // Required in every environment: a standalone subgraph must share it with the gateway.
    PASSERELLE_INTERNAL_SECRET: sharedSecret(internalSecretPurpose),
    // Files the modules keep (a document's bytes), under <dir>/<subgraph>/.
    PASSERELLE_DATA_DIR: z.string().min(1).default('.data'),
    ...Object.fromEntries(
      Object.values(options.peerUrlVariables ?? {}).map((variable) => [variable, z.string().url('must be the http(s) URL of that subgraph').optional()]),
    ),
  };
}

/** What a deployment's migration step reads (scripts/migrate.ts): the database, and whether to seed. */
export function migrationConfigShape(options: SubgraphEntryOptions) {
  const { NODE_ENV, SEED_DEMO_DATA, [options.databaseUrlVariable]: database } = subgraphConfigShape(options);
  return { [options.databaseUrlVariable]: database!, NODE_ENV, SEED_DEMO_DATA };
}

/** Demo data goes into an empty database when SEED_DEMO_DATA says so, else everywhere but production. */
export function seedsDemoData(env: Record<string, unknown>): boolean {
  return env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : env.NODE_ENV !== 'production';
}

/**
 * Runs one subgraph as its own process against its own database (the production layout):
 * validates the environment, migrates, seeds demo data unless told not to, serves.
 */
export async function runSubgraph<TSchema extends Record<string, unknown>>(
  definition: AnySubgraphDefinition,
  dataset: SubgraphDataset<TSchema>,
  options: SubgraphEntryOptions,
): Promise<void> {
  // Until the server serves there is nothing to drain: a signal, or the supervisor going away
  // while this process is still loading or waiting for its database, ends it at once.
  let stop: () => void = () => process.exit(0);
  stopOnSignals(() => stop());
  try {
    const env = loadConfig(z.object(subgraphConfigShape(options))) as Record<string, string | number | undefined>;
    const logger = createLogger(definition.name);
    const tracing = await startTracing(definition.name);
    const url = String(env[options.databaseUrlVariable]);
    const seed = seedsDemoData(env);
    if (env.PASSERELLE_DATABASE_PREPARED === 'on-message') await startMessage();
    else if (env.PASSERELLE_DATABASE_PREPARED !== 'true') await prepareDatabase(dataset, url, { seed });
    const sql = connect(url, { applicationName: `passerelle-${definition.name}`, preparedStatements: env.PASSERELLE_PREPARED_STATEMENTS === 'true' });
    const peers = Object.fromEntries(
      Object.entries(options.peerUrlVariables ?? {}).map(([peer, variable]) => [peer, env[variable] as string | undefined]),
    );
    for (const [peer, variable] of Object.entries(options.peerUrlVariables ?? {})) {
      if (!peers[peer]) logger.warn(`${variable} is not set: references to ${peer} entities are stored without checking they exist.`);
    }
    const server = await startSubgraphServer(definition, {
      sql,
      port: Number(env[options.portVariable]),
      host: String(env.HOST),
      internalSecret: String(env.PASSERELLE_INTERNAL_SECRET),
      peers,
      logger,
      dataDir: String(env.PASSERELLE_DATA_DIR),
    });
    logger.info({ url: server.url }, `subgraph ${definition.name} ready`);
    announceServing();
    stop = () => void server.close().then(() => sql.end({ timeout: 5 })).then(() => tracing?.shutdown()).then(() => process.exit(0));
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
}

/** Resolves on the supervisor's `{ type: 'start' }` message (npm start, once the database is ready). */
function startMessage(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== 'start') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
  });
}

/**
 * Tells the supervisor that started this process (`npm start`: an IPC channel) that it serves,
 * so its health wait checks now rather than at its next poll (scripts/supervisor.ts).
 */
export function announceServing(): void {
  if (process.connected) process.send?.({ type: 'serving' });
}

/**
 * A standalone part stops on Ctrl-C and SIGTERM, and — started by `npm start`'s supervisor (it
 * has an IPC channel) — when the supervisor is gone, even killed with -9: no orphan is left
 * holding a port or a pool.
 */
export function stopOnSignals(stop: () => void): void {
  // A graceful stop waits for requests in flight (10 s at most for the HTTP server); should it
  // still be waiting on something (a pool whose peers are gone), the process ends regardless.
  const bounded = () => {
    stop();
    setTimeout(() => process.exit(0), 15_000).unref();
  };
  process.on('SIGINT', bounded);
  process.on('SIGTERM', bounded);
  // Started with an IPC channel (by a supervisor): `send` stays defined once the channel is gone.
  if (typeof process.send !== 'function') return;
  // A channel already gone: the supervisor died while this process was still loading its code,
  // before anything listened for 'disconnect' (which will not fire again).
  if (!process.connected) bounded();
  else process.on('disconnect', bounded);
}
