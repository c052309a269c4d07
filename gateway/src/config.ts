import { z } from 'zod';
import { loadConfig, port } from '#kit/config';
import { authConfigShape, checkAuthConfig, resolveAuth } from './auth-config.js';
import { corsConfigShape } from './cors.js';
import { explorerConfigShape } from './explorer.js';
import { limitsConfigShape, limitsFromConfig } from './limits.js';
import { trustedDocumentsConfigShape } from './trusted-documents.js';
import { sharedCacheConfigShape } from './shared-cache.js';

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
