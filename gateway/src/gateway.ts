import './telemetry-off.js';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ErrorCode, maskError } from '#kit/errors';
import { createLogger, traceRequests, type Logger } from '#kit/log';
import { internalSigner, type Identity } from '#kit/auth';
import { listen, logUnexpectedErrors, ServiceMetrics, trailPlugin, type Listening } from '#kit/server';
import { authenticateClients, clientTokenVerifier, type ClientTokenOptions } from './auth.js';
import { corsFor } from './cors.js';
import { Deadlines } from './deadlines.js';
import { exportRouter } from './export.js';
import { filesRouter } from './files.js';
import { reportsRouter } from './reports.js';
import { logRequests, type RequestTrail } from './request-log.js';
import { DEFAULT_LIMITS, explorerEnabled, type OperationLimits } from './config.js';
import { browsersToExplorer, explorerRouter } from './explorer.js';
import { operationLimitsPlugin, tokenLimitMessage } from './limits.js';
import { clientMistakes, limitResponseSize, refuseUnstorableCharacters, requireJsonBody } from './requests.js';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source.js';
import { subgraphFetcher } from './subgraph-fetch.js';
import { trustedDocuments, type TrustedDocuments } from './trusted-documents.js';

export type { GatewayContext };

export interface GatewayOptions {
  supergraphSdl: string;
  /** Replaces the routing_url of the named subgraphs (e.g. `{ region: 'http://…/graphql' }`). */
  subgraphUrls?: Partial<Record<string, string>>;
  port: number;
  host?: string;
  /** Where its log lines go (default: a `gateway` logger, see #kit/log). */
  logger?: Logger;
  /** How client bearer tokens are verified (see auth.ts). */
  clientTokens: ClientTokenOptions;
  /** PASSERELLE_INTERNAL_SECRET, shared with the subgraphs: signs the identity sent to them. */
  internalSecret: string;
  /** Read for NODE_ENV / GATEWAY_INTROSPECTION (see productionSettings); process.env by default. */
  env?: Record<string, string | undefined>;
  /** What one operation may ask for (limits.ts); DEFAULT_LIMITS otherwise. */
  limits?: OperationLimits;
  /** How long a request may take before its subgraph fetches are aborted (default 10 s). */
  requestTimeoutMillis?: number;
  /** The largest JSON answer sent (default 5 MB); a larger one is refused with RESPONSE_TOO_LARGE. */
  maxResponseBytes?: number;
  /** The largest request body accepted (default 100 KB). */
  maxBodyBytes?: number;
  /** Origins whose web apps may call the gateway (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** Operations sent by `documentId`, and whether only those run (trusted-documents.ts). */
  trustedDocuments?: TrustedDocuments;
  /** GraphiQL at /explorer (explorer.ts); default: on unless NODE_ENV=production (GATEWAY_EXPLORER). */
  explorer?: boolean;
  /** Apollo's cache (persisted queries) shared between replicas (shared-cache.ts: Redis); per process otherwise. */
  sharedCache?: KeyValueCache<string>;
}

export const GATEWAY_DEFAULTS = { requestTimeoutMillis: 10_000, maxResponseBytes: 5 * 1024 * 1024, maxBodyBytes: 100 * 1024 };

/** The options the limit and CORS variables set: see limits.ts and cors.ts. */
export type GatewayLimitOptions = Pick<GatewayOptions, 'limits' | 'requestTimeoutMillis' | 'maxResponseBytes' | 'maxBodyBytes' | 'corsOrigins' | 'trustedDocuments'>;


/**
 * What production changes at the gateway (NODE_ENV=production): no introspection unless
 * GATEWAY_INTROSPECTION=true, no "did you mean" schema hints in errors. CSRF prevention is
 * Apollo Server's default; it is stated here so a test can hold us to it.
 */
export function productionSettings(env: Record<string, string | undefined> = process.env) {
  const production = env.NODE_ENV === 'production';
  return {
    introspection: !production || env.GATEWAY_INTROSPECTION === 'true',
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
  } as const;
}

export interface RunningGateway extends Listening {
  /** Subgraph name → URL the gateway sends its fetches to. */
  subgraphUrls: Record<string, string>;
}

/**
 * The composed graph's one endpoint. It plans each query over the subgraphs listed in the
 * committed supergraph; nothing is fetched from Apollo's registry (no APOLLO_KEY, no uplink).
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const metrics = new ServiceMetrics('gateway');
  const subgraphUrls: Record<string, string> = {};
  const signer = internalSigner(options.internalSecret);
  const verifyClient = clientTokenVerifier(options.clientTokens);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const deadlines = new Deadlines(options.requestTimeoutMillis ?? GATEWAY_DEFAULTS.requestTimeoutMillis);
  const subgraphHttp = subgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // The supergraph is composed by `npm run compose` (composition validates it) and CI checks the
    // committed one is what composition gives: validating it again at each start cost ~0.2 s of CPU
    // (Apollo does so unless NODE_ENV=production).
    validateSupergraph: false,
    logger: { debug: () => {}, info: () => {}, warn: (message: unknown) => logger.warn(String(message)), error: (message: unknown) => logger.error(String(message)) },
    buildService({ name, url }) {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph "${name}".`);
      subgraphUrls[name] = target;
      return new SubgraphDataSource(name, target, signer, deadlines, subgraphHttp.fetch);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  // No ETag: it hashed every answer (a copy into a Buffer, then a digest) for caches that never
  // revalidate a POST; GET /reports answers are made fresh each time as well.
  app.disable('etag');
  const listening = await listen(app, options.port, options.host);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...productionSettings(options.env),
    includeStacktraceInErrorResponses: false,
    ...(options.sharedCache ? { cache: options.sharedCache } : {}),
    // The process that started the server stops it (npm start, the entry points, tests);
    // Apollo's own signal handlers would race that shutdown and re-raise the signal.
    stopOnTerminationSignals: false,
    // The parser stops at this many tokens: a huge document costs no more than a small one.
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: (formatted, error) => {
      const tooManyTokens = tokenLimitMessage(formatted.message, limits);
      if (tooManyTokens) return { message: tooManyTokens, extensions: { code: ErrorCode.TOO_MANY_TOKENS, limit: limits.maxTokens } };
      return maskError(formatted, error);
    },
    plugins: [
      trailPlugin<GatewayContext>(),
      logUnexpectedErrors<GatewayContext>(logger),
      operationLimitsPlugin(limits),
      refuseUnstorableCharacters,
      ApolloServerPluginDrainHttpServer({ httpServer: listening.server }),
      // The default landing page loads Apollo Sandbox from a CDN; nothing here reaches out.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/metrics', metrics.handler());
  app.get('/health', async (_request, response) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const reply = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
          return [name, reply.ok ? 'ok' : 'unavailable'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const healthy = checks.every(([, status]) => status === 'ok');
    response.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
  // Exports page through this same endpoint, so every page passes the token and the limits.
  const self = () => `${listening.url}/graphql`;
  const files = filesRouter({ subgraphUrls, verifyClient, signer, logger });
  app.use(corsFor(options.corsOrigins ?? []), exportRouter(self, logger), reportsRouter(self, logger), files.router);
  const explorer = options.explorer ?? explorerEnabled(options.env ?? process.env);
  if (explorer) app.use(explorerRouter('/graphql'));
  app.use(
    '/graphql',
    // Preflights are answered before anything else: a browser sends them without the token.
    corsFor(options.corsOrigins ?? []),
    traceRequests('gateway', (locals) => (locals.trail as RequestTrail | undefined)?.requestId),
    logRequests(logger, deadlines, metrics),
    ...(explorer ? [browsersToExplorer] : []),
    // The token is checked before anything else: a bad one is a 401, not a public request.
    authenticateClients(verifyClient, (message) => logger.warn(message)),
    requireJsonBody,
    express.json({ limit: options.maxBodyBytes ?? GATEWAY_DEFAULTS.maxBodyBytes }),
    trustedDocuments(options.trustedDocuments ?? { mode: 'allowed', manifests: [] }),
    limitResponseSize(options.maxResponseBytes ?? GATEWAY_DEFAULTS.maxResponseBytes),
    expressMiddleware(apollo, {
      // The id was given by logRequests (the caller's, if well formed) and echoed so a caller can quote it.
      context: async ({ res }) => {
        const trail = res.locals.trail as RequestTrail;
        const requestId = trail.requestId;
        res.on('close', () => deadlines.end(requestId));
        return { requestId, trail, identity: res.locals.identity as Identity, deadline: deadlines.start(requestId) };
      },
    }),
    // A body express cannot read (bad JSON, too large, bad encoding) answers as GraphQL does.
    clientMistakes,
  );

  return {
    ...listening,
    url: `${listening.url}/graphql`,
    subgraphUrls,
    close: async () => {
      await apollo.stop();
      await listening.close().catch(() => {});
      await subgraphHttp.close();
      await files.close();
    },
  };
}
