import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { rememberingVerifier, secretKey, signIdentityToken, TokenRejected } from './tokens.js';
import { identityClaims, type Identity } from './identity.js';

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

/** A token is handed out again while it has at least this long to live, so any fetch of a request (10 s deadline) lands well inside it. */
const REUSE_FOR_MILLIS = 30_000;

/**
 * Signs each caller's identity once per half-minute rather than once per subgraph fetch: a
 * request fans out to several fetches and a client sends many requests, and the signature (with
 * its verification at the subgraph) was ~10–15 % of the gateway's CPU. Bounded per caller.
 */
export function internalSigner(secret: string, maxCallers = 10_000): InternalSigner {
  const key = secretKey(secret);
  const recent = new LRUCache<string, Promise<string>>({ max: maxCallers, ttl: REUSE_FOR_MILLIS });
  return {
    sign: (identity) => {
      const caller = JSON.stringify([identity.subject, identityClaims(identity)]);
      let token = recent.get(caller);
      if (!token) {
        token = signIdentityToken(identity, key, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE, expiresIn: INTERNAL_TOKEN_LIFETIME });
        recent.set(caller, token);
        token.catch(() => recent.delete(caller));
      }
      return token;
    },
  };
}

/** Checks the gateway's internal token (HS256, issuer and audience), remembering accepted ones until they expire. */
export function internalVerifier(secret: Uint8Array): (token: string) => Promise<Identity> {
  return rememberingVerifier({
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
  const verify = internalVerifier(secretKey(secret));
  return (request, response, next) => {
    const token = request.get(INTERNAL_IDENTITY_HEADER);
    if (!token) {
      sendUnauthenticated(response, 'This subgraph answers only the Passerelle gateway: send your request to the gateway.');
      return;
    }
    verify(token).then(
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
