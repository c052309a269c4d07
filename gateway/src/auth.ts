import type { RequestHandler } from 'express';
import { createRemoteJWKSet } from 'jose';
import { CLIENT_ROLES, PUBLIC_IDENTITY, secretKey, rememberingVerifier, sendUnauthenticated, TokenRejected, type Identity, type VerificationKey } from '#kit/auth';

/** How the gateway checks client bearer tokens: one of a shared secret or a key set. */
export interface ClientTokenOptions {
  issuer: string;
  audience: string;
  /** HS256 shared secret (PASSERELLE_JWT_SECRET): development, and the `npm run token` command. */
  secret?: string | undefined;
  /** The identity provider's key set (PASSERELLE_JWKS_URL): production. */
  jwksUrl?: string | undefined;
}

// Asymmetric only: a key set holds public keys, and accepting HS* with one would let anyone
// who fetched it sign tokens.
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export type ClientTokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/**
 * Turns the Authorization header into an identity: none is the public role; anything else
 * must be a valid `Bearer <JWT>` or the request is refused — never silently downgraded.
 */
export function clientTokenVerifier(options: ClientTokenOptions): ClientTokenVerifier {
  if (Boolean(options.secret) === Boolean(options.jwksUrl)) {
    throw new Error('Client tokens need exactly one of a shared secret or a JWKS URL.');
  }
  const key: VerificationKey = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : secretKey(options.secret!);
  const algorithms = options.jwksUrl ? JWKS_ALGORITHMS : ['HS256'];
  const verify = rememberingVerifier({ key, issuer: options.issuer, audience: options.audience, algorithms, roles: CLIENT_ROLES, label: 'bearer token' });
  return async (authorization) => {
    if (authorization === undefined) return PUBLIC_IDENTITY;
    const match = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(authorization);
    if (!match) throw new TokenRejected('The Authorization header must be "Bearer <token>"; leave it out to query as the public.');
    return verify(match[1]!);
  };
}

/** Express middleware in front of Apollo: the verified identity lands in `response.locals.identity`. */
export function authenticateClients(verify: ClientTokenVerifier, log: (message: string) => void): RequestHandler {
  return (request, response, next) => {
    verify(request.get('authorization')).then(
      (identity) => {
        response.locals.identity = identity;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof TokenRejected)) return next(error);
        if (error.unavailable) log(`client token not checked: ${error.message}`);
        sendUnauthenticated(response, error.message, error.unavailable ? 503 : 401);
      },
    );
  };
}
