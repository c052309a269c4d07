import type { RequestHandler, Response } from 'express';
import type { Identity } from './identity.js';
import { secretKey, signIdentityToken, TokenRejected, verifyIdentityToken } from './tokens.js';

/**
 * The gateway → subgraph hop. The gateway verifies the client, then re-states the identity in
 * a short-lived HS256 token signed with a secret only it and the subgraphs hold. A subgraph
 * trusts nothing else: a client that reaches it directly, or forges the header, gets a 401.
 */
export const INTERNAL_IDENTITY_HEADER = 'x-passerelle-identity';
export const INTERNAL_ISSUER = 'passerelle-gateway';
export const INTERNAL_AUDIENCE = 'passerelle-subgraphs';
/** Long enough for one request's fetches; short enough that a leaked token soon dies. */
export const INTERNAL_TOKEN_LIFETIME = '60s';

export interface InternalSigner {
  sign(identity: Identity): Promise<string>;
}

export function internalSigner(secret: string): InternalSigner {
  const key = secretKey(secret);
  return {
    sign: (identity) => signIdentityToken(identity, key, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE, expiresIn: INTERNAL_TOKEN_LIFETIME }),
  };
}

export function verifyInternalToken(token: string, secret: Uint8Array): Promise<Identity> {
  return verifyIdentityToken(token, {
    key: secret,
    issuer: INTERNAL_ISSUER,
    audience: INTERNAL_AUDIENCE,
    algorithms: ['HS256'],
    label: `internal identity token (${INTERNAL_IDENTITY_HEADER})`,
  });
}

/** The GraphQL-shaped 401 both the gateway and the subgraphs answer with; it carries no data. */
export function sendUnauthenticated(response: Response, message: string, status = 401): void {
  response.status(status).json({ errors: [{ message, extensions: { code: status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' } }] });
}

/**
 * Express middleware for a subgraph's /graphql: every request — queries, mutations, `_entities`,
 * `_service` — must carry a valid internal token. The identity lands in `response.locals.identity`.
 */
export function requireInternalIdentity(secret: string): RequestHandler {
  const key = secretKey(secret);
  return (request, response, next) => {
    const token = request.get(INTERNAL_IDENTITY_HEADER);
    if (!token) {
      sendUnauthenticated(response, 'This subgraph answers only the Passerelle gateway: send your request to the gateway.');
      return;
    }
    verifyInternalToken(token, key).then(
      (identity) => {
        response.locals.identity = identity;
        next();
      },
      (error: unknown) => {
        if (error instanceof TokenRejected) sendUnauthenticated(response, error.message);
        else next(error);
      },
    );
  };
}
