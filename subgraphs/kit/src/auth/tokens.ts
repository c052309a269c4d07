import { SignJWT, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { identityClaims, identityFromClaims, IdentityError, ROLES, type Identity, type Role } from './identity.js';

/** A shared HMAC secret, or a key set (JWKS) looked up by the token's `kid`. */
export type VerificationKey = Uint8Array | JWTVerifyGetKey;

/** Shared secrets shorter than this are refused at start: HS256 wants 256 bits of key. */
export const MIN_SECRET_LENGTH = 32;

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * A token was presented and refused. `message` says what is wrong with it, for the caller;
 * `unavailable` marks our own failure (the key set could not be fetched), not the token's.
 */
export class TokenRejected extends Error {
  override name = 'TokenRejected';
  constructor(message: string, readonly unavailable = false) {
    super(message);
  }
}

export interface TokenScope {
  issuer: string;
  audience: string;
}

/** Signs an identity as an HS256 JWT. `expiresIn` is a jose time span: '60s', '1h', '-1m' (already expired). */
export async function signIdentityToken(identity: Identity, secret: Uint8Array, scope: TokenScope & { expiresIn: string }): Promise<string> {
  return new SignJWT(identityClaims(identity))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.subject)
    .setIssuer(scope.issuer)
    .setAudience(scope.audience)
    .setIssuedAt()
    .setExpirationTime(scope.expiresIn)
    .sign(secret);
}

export interface VerifyOptions extends TokenScope {
  key: VerificationKey;
  /** Accepted `alg` values; never 'none', and never HMAC for a public key set. */
  algorithms: string[];
  /** Roles this token may carry (client tokens may not claim `service`). */
  roles?: readonly Role[];
  /** Names the token in messages: "The bearer token has expired". */
  label: string;
}

/** Verifies signature, expiry, issuer and audience, then reads the identity from the claims. */
export async function verifyIdentityToken(token: string, options: VerifyOptions): Promise<Identity> {
  return (await verifyToken(token, options)).identity;
}

/**
 * A verifier that remembers each token it accepted until the token expires. A client, and the
 * gateway towards a subgraph, send the same token request after request: checking its HMAC or
 * signature once instead of every time took ~10 % of the gateway's CPU. Safe because the token
 * string itself is what was verified (any change is another key), and an entry lives no longer
 * than the token; refusals are not remembered.
 */
export function rememberingVerifier(options: VerifyOptions, max = 10_000): (token: string) => Promise<Identity> {
  const accepted = new LRUCache<string, Identity>({ max });
  return async (token) => {
    const known = accepted.get(token);
    if (known) return known;
    const { identity, expiresAt } = await verifyToken(token, options);
    const ttl = expiresAt - Date.now();
    if (ttl > 0) accepted.set(token, identity, { ttl });
    return identity;
  };
}

async function verifyToken(token: string, options: VerifyOptions): Promise<{ identity: Identity; expiresAt: number }> {
  let payload: Record<string, unknown>;
  try {
    const verified = await jwtVerify(token, options.key as Uint8Array, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: options.algorithms,
      // A token without expiry would be valid forever; one without subject names nobody.
      requiredClaims: ['exp', 'sub'],
      clockTolerance: 5,
    });
    payload = verified.payload;
  } catch (error) {
    throw rejection(error, options);
  }
  try {
    return { identity: identityFromClaims(payload, options.roles ?? ROLES), expiresAt: (payload.exp as number) * 1000 };
  } catch (error) {
    if (error instanceof IdentityError) throw new TokenRejected(`The ${options.label} does not name a valid identity: ${error.message}.`);
    throw error;
  }
}

function rejection(error: unknown, options: VerifyOptions): TokenRejected {
  const reason = (() => {
    if (error instanceof errors.JWTExpired) return 'has expired; get a new one';
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.claim === 'aud') return `is meant for another audience (this service accepts "${options.audience}")`;
      if (error.claim === 'iss') return `comes from another issuer (this service accepts "${options.issuer}")`;
      if (error.claim === 'nbf' || error.claim === 'iat') return 'is not valid yet (check the issuer\'s clock)';
      return `lacks a valid "${error.claim}" claim`;
    }
    if (error instanceof errors.JWSSignatureVerificationFailed) return 'has a signature that does not verify';
    if (error instanceof errors.JOSEAlgNotAllowed) return `is signed with an algorithm not accepted here (accepted: ${options.algorithms.join(', ')})`;
    if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'is signed by a key not in the configured key set';
    if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) return 'is malformed: expected a signed JWT';
    return undefined;
  })();
  if (reason) return new TokenRejected(`The ${options.label} ${reason}.`);
  // The key set could not be fetched or parsed: the token may well be fine.
  return new TokenRejected(`The ${options.label} could not be checked: the signing keys are unavailable; retry later.`, true);
}
