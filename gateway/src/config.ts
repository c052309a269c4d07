// Every variable the gateway reads, with its defaults, and what they become. Only zod and the
// kit's config here: `npm start` checks these before it loads the gateway's own code, and the
// modules that act on them (limits, cors, trusted documents, explorer, shared cache) load
// Express, graphql and the rest.
import { z } from 'zod';
import type { Role } from '#kit/auth';
import { loadConfig, port } from '#kit/config';
import { authConfigShape, checkAuthConfig, resolveAuth } from './auth-config.js';

/**
 * What one operation may ask for, checked after parsing and validation and before the gateway
 * plans any fetch. Defaults are sized from the README queries (see README, "Limits").
 */
export interface OperationLimits {
  /** Nesting of selections, fragments flattened; a connection is 3 levels (list, edges, node). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document: bounds parse and validation work (a 10 KB query ≈ 2,500). */
  maxTokens: number;
  /** Estimated cost allowed per role (see `estimateCost`). */
  costBudgets: Record<Role, number>;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  costBudgets: {
    public: 5_000,
    expert: 10_000,
    'region-viewer': 20_000,
    'region-hr': 20_000,
    'ministry-analyst': 50_000,
    'ministry-admin': 50_000,
    service: 50_000,
  },
};

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const roles = Object.keys(DEFAULT_LIMITS.costBudgets);

/** The limits' environment variables, shared by the standalone gateway and `npm start`. */
export const limitsConfigShape = {
  GATEWAY_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
  GATEWAY_MAX_ALIASES: count(DEFAULT_LIMITS.maxAliases),
  GATEWAY_MAX_DIRECTIVES: count(DEFAULT_LIMITS.maxDirectives),
  GATEWAY_MAX_TOKENS: count(DEFAULT_LIMITS.maxTokens),
  GATEWAY_REQUEST_TIMEOUT_MS: count(10_000),
  GATEWAY_MAX_RESPONSE_BYTES: count(5 * 1024 * 1024),
  GATEWAY_MAX_BODY_BYTES: count(100 * 1024),
  /** Overrides the default budgets role by role: "public=2000,ministry-analyst=50000". */
  GATEWAY_COST_BUDGETS: z
    .string()
    .transform((text, context) => {
      const budgets: Partial<Record<Role, number>> = {};
      for (const pair of text.split(',')) {
        const [role = '', value = ''] = pair.split('=').map((part) => part.trim());
        if (!roles.includes(role) || !/^\d+$/.test(value)) {
          context.addIssue({ code: 'custom', message: `"${pair.trim()}" is not role=number; roles are ${roles.join(', ')}` });
          return z.NEVER;
        }
        budgets[role as Role] = Number(value);
      }
      return budgets;
    })
    .optional(),
};

/** The gateway options the limit variables set (see GatewayOptions). */
export function limitsFromConfig(config: z.infer<z.ZodObject<typeof limitsConfigShape>>) {
  return {
    limits: {
      maxDepth: config.GATEWAY_MAX_DEPTH,
      maxAliases: config.GATEWAY_MAX_ALIASES,
      maxDirectives: config.GATEWAY_MAX_DIRECTIVES,
      maxTokens: config.GATEWAY_MAX_TOKENS,
      costBudgets: { ...DEFAULT_LIMITS.costBudgets, ...config.GATEWAY_COST_BUDGETS },
    } satisfies OperationLimits,
    requestTimeoutMillis: config.GATEWAY_REQUEST_TIMEOUT_MS,
    maxResponseBytes: config.GATEWAY_MAX_RESPONSE_BYTES,
    maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES,
  };
}

export const corsConfigShape = {
  /** Origins (scheme://host[:port]) whose web apps may call the gateway, separated by commas. */
  GATEWAY_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((text, context) => {
      const origins = (text ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
      for (const origin of origins) {
        let valid = false;
        try {
          valid = new URL(origin).origin === origin;
        } catch {
          valid = false;
        }
        if (!valid) {
          context.addIssue({ code: 'custom', message: `"${origin}" is not an origin: write scheme://host[:port], no path, e.g. https://app.example.org` });
          return z.NEVER;
        }
      }
      return origins;
    }),
};

export const trustedDocumentsConfigShape = {
  TRUSTED_DOCUMENTS: z.enum(['allowed', 'required'], { error: 'must be "allowed" (any operation, documentId too) or "required" (trusted documents only)' }).default('allowed'),
  /** Trusted-document manifests (JSON, comma-separated paths), e.g. a client's persisted-documents.json. */
  TRUSTED_DOCUMENTS_MANIFESTS: z.string().optional().transform((text) => (text ?? '').split(',').map((file) => file.trim()).filter(Boolean)),
};

/** On in development, off in production unless GATEWAY_EXPLORER=true. */
export function explorerEnabled(env: Record<string, string | undefined>): boolean {
  if (env.GATEWAY_EXPLORER !== undefined) return env.GATEWAY_EXPLORER === 'true';
  return env.NODE_ENV !== 'production';
}

export const explorerConfigShape = {
  GATEWAY_EXPLORER: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
};

export const sharedCacheConfigShape = {
  /** What gateway replicas share (Apollo's persisted-query cache): in memory per process without it. */
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL').optional(),
};

const optionalUrl = z.string().url('must be an http(s) URL').optional();

export const gatewayConfigSchema = z
  .object({
    GATEWAY_PORT: port(4000),
    HOST: z.string().default('127.0.0.1'),
    REGION_SUBGRAPH_URL: optionalUrl,
    MINISTRY_SUBGRAPH_URL: optionalUrl,
    // Read by productionSettings (gateway.ts).
    GATEWAY_INTROSPECTION: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
    ...authConfigShape,
    ...limitsConfigShape,
    ...corsConfigShape,
    ...trustedDocumentsConfigShape,
    ...explorerConfigShape,
    ...sharedCacheConfigShape,
  })
  .superRefine((config, context) => checkAuthConfig(config, context, { internalSecretRequired: true }));

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  const config = loadConfig(gatewayConfigSchema, env);
  return {
    port: config.GATEWAY_PORT,
    host: config.HOST,
    subgraphUrls: { region: config.REGION_SUBGRAPH_URL, ministry: config.MINISTRY_SUBGRAPH_URL },
    auth: resolveAuth(config),
    limits: limitsFromConfig(config),
    corsOrigins: config.GATEWAY_CORS_ORIGINS,
    trustedDocuments: { mode: config.TRUSTED_DOCUMENTS, manifests: config.TRUSTED_DOCUMENTS_MANIFESTS },
    redisUrl: config.REDIS_URL,
  };
}
