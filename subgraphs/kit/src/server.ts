import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DrizzleQueryError } from 'drizzle-orm';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { requestDatabases, type Sql } from './database.js';
import { createBaseContext, type BaseContext } from './context.js';
import { internalSigner, requireInternalIdentity, type Identity } from './auth/index.js';
import { isClientSafe } from './errors.js';
import { listen, type Listening } from './http.js';
import type { PeerUrls } from './peers.js';
import { accessModule, auditModule, commonModule, type SubgraphModule } from './schema.js';
import { applyAccessDirectives } from './auth/policy.js';
import { auditLog } from './write/tables.js';

export interface SubgraphDefinition<TSchema extends Record<string, unknown>, TContext extends BaseContext<TSchema>> {
  /** `region`, `ministry`: names the subgraph in logs, health and the supergraph. */
  name: string;
  modules: SubgraphModule[];
  /** The subgraph's drizzle schema, so the per-request db knows its tables. */
  dbSchema: TSchema;
  /** Adds the subgraph's loaders (made fresh for each request) to the base context. */
  createContext(base: BaseContext<TSchema>): TContext;
}

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
  log?: (message: string) => void;
  /** The other subgraphs' URLs, for checking references to their entities (see peers.ts). */
  peers?: PeerUrls;
  /** How long a stop waits for in-flight requests before closing connections (default 10 s). */
  stopGracePeriodMillis?: number;
}

export interface RunningSubgraph extends Listening {
  name: string;
  schema: GraphQLSchema;
}

export function buildSchema(modules: SubgraphModule[]): GraphQLSchema {
  return buildSubgraphSchema([commonModule, accessModule, auditModule, ...modules]);
}

/**
 * Errors we raised on purpose reach the client as they are; anything else (a driver error
 * carrying SQL, a bug) is logged and replaced, so no SQL, stack or internal URL leaves.
 */
export function maskErrors(log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (isClientSafe(extensions.code)) return { ...formatted, extensions };
    const original = unwrapResolverError(error);
    log(`internal error at ${formatted.path?.join('.') ?? '(request)'}: ${describeForLog(original)}`);
    return {
      message: 'Internal server error. The failure was logged; retry later or report it with the request id.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * What the server log keeps of an unexpected error. drizzle's "Failed query" errors carry the
 * statement's parameters — staff names, e-mail addresses — so for a database error only the
 * driver's own message, code and the SQL text (no values) are logged.
 */
export function describeForLog(error: unknown): string {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause as (Error & { code?: unknown }) | undefined;
    return `database error ${String(cause?.code ?? '')}: ${cause?.message ?? 'query failed'} in: ${error.query}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Every personal-data read of the request, written to the audit log in one insert. */
const personalDataAuditPlugin: ApolloServerPlugin<BaseContext<Record<string, unknown>>> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        const reads = contextValue.personalDataReads;
        if (reads.length === 0) return;
        const rows = reads.splice(0).map((read) => ({
          actor: contextValue.actor,
          requestId: contextValue.requestId,
          operation: read.operation,
          targetType: read.targetType,
          targetId: read.targetId,
        }));
        await (contextValue.db as unknown as { insert: (table: typeof auditLog) => { values: (rows: unknown[]) => Promise<unknown> } })
          .insert(auditLog).values(rows);
      },
    };
  },
};

const statementCountPlugin: ApolloServerPlugin<BaseContext<Record<string, unknown>>> = {
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

export async function startSubgraphServer<TSchema extends Record<string, unknown>, TContext extends BaseContext<TSchema>>(
  definition: SubgraphDefinition<TSchema, TContext>,
  options: ServeOptions,
): Promise<RunningSubgraph> {
  const log = options.log ?? ((message: string) => console.error(`[${definition.name}] ${message}`));
  // The served schema enforces @allow / @personalData; the SDL printed for composition is the same.
  const schema = applyAccessDirectives(buildSchema(definition.modules));
  const app = express();
  app.disable('x-powered-by');
  const listening = await listen(app, options.port, options.host);
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The process that started the server stops it (npm start, the entry points, tests);
    // Apollo's own signal handlers would race that shutdown and re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: maskErrors(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: listening.server, stopGracePeriodMillis: options.stopGracePeriodMillis ?? 10_000 }),
      // Traces only matter to Apollo's hosted reporting, which is never used here.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      personalDataAuditPlugin as ApolloServerPlugin<TContext>,
      ...(options.exposeStatementCount ? [statementCountPlugin as ApolloServerPlugin<TContext>] : []),
    ],
  });
  await apollo.start();
  const databaseFor = requestDatabases(options.sql, definition.dbSchema);
  const signer = internalSigner(options.internalSecret);

  app.get('/health', async (_request, response) => {
    try {
      await options.sql`select 1`;
      response.json({ status: 'ok', subgraph: definition.name });
    } catch {
      response.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    // Before the body is even parsed: no token, no GraphQL (this covers _entities and _service).
    requireInternalIdentity(options.internalSecret),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        definition.createContext(
          createBaseContext(databaseFor, {
            requestId: req.get('x-request-id'),
            identity: res.locals.identity as Identity,
            signer,
            subgraphName: definition.name,
            peers: options.peers,
            onStatement: options.onStatement,
          }),
        ),
    }),
  );

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
