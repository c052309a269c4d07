import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Identity } from './identity.js';

export type RowScope =
  | { kind: 'all' }
  | { kind: 'region'; regionCode: string }
  | { kind: 'trainer'; expertId: string }
  | { kind: 'none' };

/** Which region-owned rows a caller may read, whatever the table; each module's `read` rule turns it into SQL. */
export function rowScope(identity: Identity): RowScope {
  switch (identity.role) {
    case 'service':
    case 'ministry-analyst':
    case 'ministry-admin':
      return { kind: 'all' };
    case 'region-viewer':
    case 'region-hr':
      return identity.regionCode ? { kind: 'region', regionCode: identity.regionCode } : { kind: 'none' };
    case 'expert':
      return identity.expertId ? { kind: 'trainer', expertId: identity.expertId } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** A table whose rows have a uuid `id`: what a mutation locks and an audit entry points at. */
export type EntityTable = PgTable & { id: PgColumn };

/**
 * The access rules of one table, declared by the module that owns it (`owns` in defineModule).
 * Reads and writes both go through these, so a new entity states here, once, whose rows are whose.
 */
export interface OwnedEntity<TTable extends EntityTable = EntityTable> {
  /** The GraphQL type the rows are exposed as; audit entries name it as their target type. */
  typename: string;
  table: TTable;
  /**
   * The region a row belongs to, as SQL over `table`: a column, or a subquery through the row's
   * parent. Absent for rows no region owns (the ministry's), which only the role rule guards.
   */
  region?: PgColumn | SQL;
  /** Rows the caller may read, ANDed into every read of the table; absent: every row. */
  read?: (scope: RowScope) => SQL | undefined;
  /**
   * Properties of the row, as the audit log records it, that are personal data: the audit
   * trail shows them only to a caller who may read them on the row itself.
   */
  personalData?: readonly string[];
}

export function ownedEntity<TTable extends EntityTable>(entity: OwnedEntity<TTable>): OwnedEntity<TTable> {
  return entity;
}

const nothing = sql`false`;

/** The rows of `entity` this caller may read, as SQL to AND into a statement (undefined: all). */
export function readableRows(entity: OwnedEntity, scope: RowScope): SQL | undefined {
  return entity.read?.(scope);
}

/**
 * The rows of `entity` this caller may change, as SQL. Which roles may call a mutation at all
 * is the SDL's `@allow`; this is the row rule on top: region-hr changes its own region's rows.
 */
export function changeableRows(entity: OwnedEntity, identity: Identity): SQL | undefined {
  if (identity.role === 'service' || entity.region === undefined) return undefined;
  const region = actingRegion(identity);
  return region ? sql`${entity.region} = ${region}` : nothing;
}

/**
 * The one rule behind writes and personal data: `service` acts for every region, region-hr for
 * its own; everyone else for none. Returns the region, `'*'` for all, undefined for none.
 */
function actingRegion(identity: Identity): string | undefined {
  if (identity.role === 'service') return '*';
  return identity.role === 'region-hr' ? identity.regionCode : undefined;
}

const actsFor = (identity: Identity, regionCode: unknown) => {
  const region = actingRegion(identity);
  return region === '*' || (region !== undefined && region === regionCode);
};

/** May this caller create or change rows of `regionCode`? (A create has no row to lock yet.) */
export const mayChangeRegion = (identity: Identity, regionCode: string): boolean => actsFor(identity, regionCode);

/** May this caller read personal data of a row of `regionCode`? The rule of `@personalData`. */
export const mayReadPersonalData = (identity: Identity, regionCode: unknown): boolean => actsFor(identity, regionCode);
