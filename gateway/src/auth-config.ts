// How bearer tokens and the internal identity are configured: the variables the standalone
// gateway, `npm start` and the CLI scripts share. A module of its own, with nothing heavier than
// zod behind it, so that `npm start` can check them and spawn its processes before it loads
// anything else.
import { z } from 'zod';
import { internalSecretPurpose, nodeEnv, sharedSecret } from '#kit/config';
import type { ClientTokenOptions } from './auth.js';
import { devJwtSecret, randomSecret } from './dev-secret.js';

/** The authentication variables, shared by the standalone gateway and `npm start`. */
export const authConfigShape = {
  NODE_ENV: nodeEnv,
  PASSERELLE_DATA_DIR: z.string().min(1).default('.data'),
  PASSERELLE_JWT_SECRET: sharedSecret('the HS256 secret client bearer tokens are signed with').optional(),
  PASSERELLE_JWKS_URL: z.string().url('must be the https URL of your identity provider\'s JSON Web Key Set').optional(),
  PASSERELLE_JWT_ISSUER: z.string().min(1).default('passerelle-dev'),
  PASSERELLE_JWT_AUDIENCE: z.string().min(1).default('passerelle'),
  PASSERELLE_INTERNAL_SECRET: sharedSecret(internalSecretPurpose).optional(),
};
type AuthConfig = z.infer<z.ZodObject<typeof authConfigShape>>;

/**
 * Production must name its keys; development may leave them out (see resolveAuth). A
 * standalone gateway always needs the internal secret: its subgraphs run elsewhere.
 */
export function checkAuthConfig(config: AuthConfig, context: z.RefinementCtx, options: { internalSecretRequired: boolean }): void {
  if (config.PASSERELLE_JWT_SECRET && config.PASSERELLE_JWKS_URL) {
    context.addIssue({ code: 'custom', path: ['PASSERELLE_JWKS_URL'], message: 'set either PASSERELLE_JWKS_URL or PASSERELLE_JWT_SECRET, not both' });
  }
  const production = config.NODE_ENV === 'production';
  if (production && !config.PASSERELLE_JWT_SECRET && !config.PASSERELLE_JWKS_URL) {
    context.addIssue({ code: 'custom', path: ['PASSERELLE_JWKS_URL'], message: 'is required in production (or PASSERELLE_JWT_SECRET): how client bearer tokens are verified' });
  }
  if ((production || options.internalSecretRequired) && !config.PASSERELLE_INTERNAL_SECRET) {
    context.addIssue({ code: 'custom', path: ['PASSERELLE_INTERNAL_SECRET'], message: `is required: ${internalSecretPurpose}` });
  }
}

export interface ResolvedAuth {
  clientTokens: ClientTokenOptions;
  internalSecret: string;
  /** Where the bearer-token secret came from, for the start-up message. */
  clientKeySource: 'jwks' | 'environment' | 'dev-file';
}

/**
 * Development defaults: bearer tokens are checked against the secret persisted in the data dir
 * (so `npm run token` can sign them), and the internal secret, which only this run's own
 * processes share, is random per run.
 */
export function resolveAuth(config: AuthConfig): ResolvedAuth {
  const scope = { issuer: config.PASSERELLE_JWT_ISSUER, audience: config.PASSERELLE_JWT_AUDIENCE };
  const internalSecret = config.PASSERELLE_INTERNAL_SECRET ?? randomSecret();
  if (config.PASSERELLE_JWKS_URL) return { clientTokens: { ...scope, jwksUrl: config.PASSERELLE_JWKS_URL }, internalSecret, clientKeySource: 'jwks' };
  if (config.PASSERELLE_JWT_SECRET) return { clientTokens: { ...scope, secret: config.PASSERELLE_JWT_SECRET }, internalSecret, clientKeySource: 'environment' };
  return { clientTokens: { ...scope, secret: devJwtSecret(config.PASSERELLE_DATA_DIR) }, internalSecret, clientKeySource: 'dev-file' };
}
