// `npm run token -- --role region-hr --region MA-01`: prints a development bearer token for
// the gateway, signed with PASSERELLE_JWT_SECRET or, unset, the secret `npm start` keeps in
// the data dir (.data/dev-jwt-secret). Only stdout carries the token: TOKEN=$(npm run -s token …).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '#kit/config';
import { CLIENT_ROLES, identityFromClaims, IdentityError, secretKey, signIdentityToken } from '#kit/auth';
import { authConfigShape } from '../gateway/src/auth-config.js';
import { devJwtSecret } from '../gateway/src/dev-secret.js';

const USAGE = `Usage: npm run token -- --role <role> [--region MA-01] [--expert <Expert id>] [--subject <name>] [--ttl 1h]
Roles: ${CLIENT_ROLES.join(', ')}. region-viewer and region-hr need --region; expert needs --expert.`;

export interface TokenRequest {
  role: string;
  region?: string | undefined;
  expert?: string | undefined;
  subject?: string | undefined;
  ttl?: string | undefined;
}

/** Signs a client token as the gateway expects it; the claims are checked as the gateway checks them. */
export async function mintDevToken(request: TokenRequest, env: Record<string, string | undefined> = process.env): Promise<string> {
  const config = loadConfig(
    z.object({
      PASSERELLE_DATA_DIR: authConfigShape.PASSERELLE_DATA_DIR,
      PASSERELLE_JWT_SECRET: authConfigShape.PASSERELLE_JWT_SECRET,
      PASSERELLE_JWT_ISSUER: authConfigShape.PASSERELLE_JWT_ISSUER,
      PASSERELLE_JWT_AUDIENCE: authConfigShape.PASSERELLE_JWT_AUDIENCE,
    }),
    env,
  );
  const identity = identityFromClaims(
    { sub: request.subject ?? `dev-${request.role}${request.region ? `-${request.region}` : ''}`, role: request.role, region: request.region, expert: request.expert },
    CLIENT_ROLES,
  );
  const ttl = request.ttl ?? '1h';
  if (!/^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days)$/.test(ttl)) {
    throw new IdentityError(`--ttl must be a duration such as 30m, 1h or 7d (got ${JSON.stringify(ttl)})`);
  }
  const secret = config.PASSERELLE_JWT_SECRET ?? devJwtSecret(config.PASSERELLE_DATA_DIR);
  return signIdentityToken(identity, secretKey(secret), {
    issuer: config.PASSERELLE_JWT_ISSUER,
    audience: config.PASSERELLE_JWT_AUDIENCE,
    expiresIn: ttl,
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      expert: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.role) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  try {
    console.log(await mintDevToken({ ...values, role: values.role }));
  } catch (error) {
    if (error instanceof IdentityError || error instanceof ConfigError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    throw error;
  }
}

// Run as a command, not when tests import mintDevToken.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
