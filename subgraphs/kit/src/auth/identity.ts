import { isUuid } from '../db/filters.js';
import { REGIONS } from '../db/reference.js';

/**
 * Who is calling, as the gateway verified it. The same shape travels in client bearer tokens
 * (claims `sub`, `role`, `region`, `expert`) and in the gateway's internal token to the
 * subgraphs, so both are read by `identityFromClaims` and written by `identityClaims`.
 */
export const ROLES = ['public', 'region-viewer', 'region-hr', 'ministry-analyst', 'ministry-admin', 'expert', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a client token may carry; `service` is only ever minted inside Passerelle. */
export const CLIENT_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'service');

export interface Identity {
  /** Recorded as the actor of every write: a user id or e-mail, `anonymous` for the public. */
  subject: string;
  role: Role;
  /** The one region a `region-viewer` or `region-hr` acts for ("MA-01".."MA-12"). */
  regionCode?: string;
  /** The Expert id an `expert` is. */
  expertId?: string;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ subject: 'anonymous', role: 'public' });

export class IdentityError extends Error {
  override name = 'IdentityError';
}

// The region codes are the reference table's (the one region-code list), known without a query.
const REGION_CODES = new Set(REGIONS.map((region) => region.code));
const REGION_ROLES = new Set<Role>(['region-viewer', 'region-hr']);

/**
 * Checks that the claims make one coherent identity: a known role, a subject, and exactly the
 * scope the role needs (a region for region roles, an expert id for `expert`, nothing else).
 * A token with a stray or missing scope is refused rather than guessed at.
 */
export function identityFromClaims(claims: Record<string, unknown>, allowed: readonly Role[] = ROLES): Identity {
  const { sub, role, region, expert } = claims;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > 200) {
    throw new IdentityError('the "sub" claim must name the caller (1-200 characters)');
  }
  if (typeof role !== 'string' || !allowed.includes(role as Role)) {
    throw new IdentityError(`the "role" claim must be one of ${allowed.join(', ')} (got ${JSON.stringify(role ?? null)})`);
  }
  const identity: Identity = { subject: sub.trim(), role: role as Role };
  if (REGION_ROLES.has(identity.role)) {
    if (typeof region !== 'string' || !REGION_CODES.has(region)) {
      throw new IdentityError(`role ${role} needs a "region" claim MA-01..MA-12 (got ${JSON.stringify(region ?? null)})`);
    }
    identity.regionCode = region;
  } else if (region !== undefined) {
    throw new IdentityError(`role ${role} takes no "region" claim`);
  }
  if (identity.role === 'expert') {
    if (!isUuid(expert)) {
      throw new IdentityError(`role expert needs an "expert" claim holding an Expert id (uuid) (got ${JSON.stringify(expert ?? null)})`);
    }
    identity.expertId = expert.toLowerCase();
  } else if (expert !== undefined) {
    throw new IdentityError(`role ${role} takes no "expert" claim`);
  }
  return identity;
}

export function identityClaims(identity: Identity): Record<string, string> {
  return {
    role: identity.role,
    ...(identity.regionCode ? { region: identity.regionCode } : {}),
    ...(identity.expertId ? { expert: identity.expertId } : {}),
  };
}
