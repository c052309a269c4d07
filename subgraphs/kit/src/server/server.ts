import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { applyAccessDirectives, internalSigner, requireInternalIdentity, type Identity } from '../auth/index.js';
import { requestDatabases, StatementCounter, type Sql } from '../db/index.js';
import { maskError } from '../errors/index.js';
import { createLogger, traceRequests, type Logger } from '../log/index.js';
import { contextFactory, kitModules, type AnySubgraphContext, type SubgraphDefinition, type SubgraphModule } from '../module/index.js';
import { personalDataAuditPlugin, type PeerUrls } from '../write/index.js';
import { listen, type Listening } from './http.js';
import { ServiceMetrics } from './metrics.js';
import { CONTEXT_LOCAL, logRequests, logUnexpectedErrors, trailPlugin } from './request-log.js';

/** Any subgraph definition, whatever its tables and modules. */
export type AnySubgraphDefinition = SubgraphDefinition<any, readonly SubgraphModule[]>;

export interface ServeOptions {
  sql: Sql;
  /**
   * PASSERELLE_INTERNAL_SECRET, shared with the gateway: every /graphql call must carry an
   * internal identity token signed with it, and calls to peers are signed with it.
   */
  internalSecret: string;
  port: number;
  host?: string;
  /** Adds `extensions.sqlStatements` to responses: the N+1 tests and benchmarks read it. */
  exposeStatementCount?: boolean;
  /** Sees every statement the subgraph issues (tests count across requests with it). */
  onStatement?: (query: string) => void;
  /** Where its log lines go (default: a logger named after the subgraph, see #kit/log). */
  logger?: Logger;
  /** The other subgraphs' URLs, for checking references to their entities (see peers.ts). */
  peers?: PeerUrls;
  /** How long a stop waits for in-flight requests before closing connections (default 10 s). */
  stopGracePeriodMillis?: number;
  /** Where the modules keep files (PASSERELLE_DATA_DIR); default `.data`. */
  dataDir?: string;
}

export interface RunningSubgraph extends Listening {
  name: string;
  schema: GraphQLSchema;
}

/** The subgraph's schema: the kit's shared SDL plus every module's, as printed for composition. */
export function buildSchema(modules: readonly SubgraphModule[]): GraphQLSchema {
  return buildSubgraphSchema([...kitModules, ...modules]);
}

const statementCountPlugin: ApolloServerPlugin<AnySubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, sqlStatements: contextValue.statements.count };
      },
    };
  },
};

export async function startSubgraphServer(definition: AnySubgraphDefinition, options: ServeOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  const metrics = new ServiceMetrics(definition.name);
  observeDatabase(metrics, options.sql);
  // The served schema enforces @allow / @personalData; the SDL printed for composition is the same.
  const schema = applyAccessDirectives(buildSchema(definition.modules));
  const app = express();
  app.disable('x-powered-by');
  const listening = await listen(app, options.port, options.host);
  const apollo = new ApolloServer<AnySubgraphContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The process that started the server stops it (npm start, the entry points, tests);
    // Apollo's own signal handlers would race that shutdown and re-raise the signal.
    stopOnTerminationSignals: false,
    // The gateway sends a request's parallel queries to this subgraph as one JSON array
    // (gateway/src/batched-fetches.ts): they share the request's context, so its loaders too.
    allowBatchedHttpRequests: true,
    formatError: maskError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: listening.server, stopGracePeriodMillis: options.stopGracePeriodMillis ?? 10_000 }),
      // Traces only matter to Apollo's hosted reporting, which is never used here.
      ApolloServerPluginInlineTraceDisabled(),
      // No answer carries cache hints (nothing caches a subgraph's answers), and the default cache
      // control plugin's per-field hook made Apollo wrap every resolver of the schema.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      personalDataAuditPlugin as ApolloServerPlugin<AnySubgraphContext>,
      trailPlugin<AnySubgraphContext>(),
      logUnexpectedErrors(logger),
      ...(options.exposeStatementCount ? [statementCountPlugin] : []),
    ],
  });
  await apollo.start();
  const createDatabase = requestDatabases(options.sql, definition.dbSchema);
  const createContext = contextFactory(definition, createDatabase);
  const signer = internalSigner(options.internalSecret);

  app.get('/metrics', metrics.handler());
  app.get('/health', async (_request, response) => {
    try {
      // A real query on a table every subgraph has, under a short timeout: a database that
      // accepts connections but cannot answer (locked, overloaded) is reported down too.
      await Promise.race([
        options.sql`select 1 from regions limit 1`,
        new Promise((_, reject) => setTimeout(() => reject(new Error('health check timed out')), 2000).unref()),
      ]);
      response.json({ status: 'ok', subgraph: definition.name });
    } catch {
      response.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    traceRequests(definition.name, (locals) => (locals[CONTEXT_LOCAL] as AnySubgraphContext | undefined)?.requestId),
    logRequests(logger, metrics),
    // Before the body is even parsed: no token, no GraphQL (this covers _entities and _service).
    requireInternalIdentity(options.internalSecret),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = createContext({
          requestId: req.get('x-request-id'),
          identity: res.locals.identity as Identity,
          signer,
          peers: options.peers,
          onStatement: options.onStatement,
        }) as AnySubgraphContext;
        res.locals[CONTEXT_LOCAL] = context;
        return context;
      },
    }),
  );

  // The modules' own routes (a document's bytes): behind the same check, so only the gateway
  // reaches them; each authorizes the particular file with its own short-lived URL.
  const routed = definition.modules.filter((module) => module.routes);
  if (routed.length > 0) {
    const router = express.Router();
    const services = { db: createDatabase(new StatementCounter(options.onStatement)), internalSecret: options.internalSecret, dataDir: options.dataDir ?? '.data', logger };
    for (const module of routed) module.routes!(router, services);
    app.use(logRequests(logger, metrics), requireInternalIdentity(options.internalSecret), router);
  }

  return {
    ...listening,
    name: definition.name,
    schema,
    url: `${listening.url}/graphql`,
    close: async () => {
      await apollo.stop();
      await listening.close().catch(() => {});
    },
  };
}

/**
 * The database pool, as PostgreSQL sees it when /metrics is scraped: the connections this
 * subgraph's application holds (every replica of it: they share the application name) by
 * state — `active` ones are running a statement —, and this process's pool size.
 */
function observeDatabase(metrics: ServiceMetrics, sql: Sql): void {
  metrics.gauge('passerelle_db_connections', 'Connections of this subgraph (all its replicas) to its database, by state (pg_stat_activity)', ['state'], async (gauge) => {
    const rows = await sql<{ state: string; count: number }[]>`
      select coalesce(state, 'unknown') as state, count(*)::int as count from pg_stat_activity
      where datname = current_database() and application_name = current_setting('application_name') group by 1`;
    gauge.reset();
    for (const row of rows) gauge.set({ state: row.state }, row.count);
  });
  metrics.gauge('passerelle_db_pool_max', 'Connections this process may open to its database', [], async (gauge) => {
    gauge.set(Number((sql.options as { max?: number }).max ?? 0));
  });
}
