import { eq, exists, and, or, sql, type SQL } from 'drizzle-orm';
import { requireRegionWriter, type AuditRecord, type Identity, type RowScope } from '#kit';
import type { RegionTransaction } from './context.js';
import {
  actionPlanItems, documents, enrollments, procedures, regionCommitments, regionPartnerships, staffMembers, trainingSessions,
} from './db/schema.js';

/**
 * Row-level read scope of the region subgraph, as SQL (see kit/src/auth/policy.ts): every list,
 * lookup, `_entities` and nested relation of staff, sessions, enrollments and unpublished
 * documents ANDs one of these into its WHERE, so an out-of-scope row is never even read.
 */
const nothing = sql`false`;

export function sessionScope(scope: RowScope): SQL | undefined {
  switch (scope.kind) {
    case 'all': return undefined;
    case 'region': return eq(trainingSessions.regionCode, scope.regionCode);
    case 'trainer': return eq(trainingSessions.trainerExpertId, scope.expertId);
    default: return nothing;
  }
}

/** An expert sees the staff enrolled in the sessions they train (their name only: see the SDL). */
export function staffScope(scope: RowScope): SQL | undefined {
  switch (scope.kind) {
    case 'all': return undefined;
    case 'region': return eq(staffMembers.regionCode, scope.regionCode);
    case 'trainer':
      return sql`exists (select 1 from ${enrollments} join ${trainingSessions} on ${trainingSessions.id} = ${enrollments.sessionId}
        where ${enrollments.staffId} = ${staffMembers.id} and ${trainingSessions.trainerExpertId} = ${scope.expertId})`;
    default: return nothing;
  }
}

export function enrollmentScope(scope: RowScope): SQL | undefined {
  switch (scope.kind) {
    case 'all': return undefined;
    case 'region':
      return sql`exists (select 1 from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId} and ${trainingSessions.regionCode} = ${scope.regionCode})`;
    case 'trainer':
      return sql`exists (select 1 from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId} and ${trainingSessions.trainerExpertId} = ${scope.expertId})`;
    default: return nothing;
  }
}

/** Published documents are public; unpublished ones follow the region scope. */
export function documentScope(scope: RowScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'region') return or(eq(documents.published, true), eq(documents.regionCode, scope.regionCode));
  return eq(documents.published, true);
}

/** Region-side commitment and action-plan histories: the partnership's region must be in scope. */
export function partnershipRegionVisible(scope: RowScope, regionCode: string | undefined): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'region' && regionCode === scope.regionCode;
}

export { and, exists };

/** The region a changed row belongs to, for the write check. */
async function regionOfChange(tx: RegionTransaction, record: AuditRecord): Promise<string | undefined> {
  const row = (record.after ?? record.before) as Record<string, unknown> | null;
  if (!row) return undefined;
  if (typeof row.regionCode === 'string') return row.regionCode;
  const first = async (query: Promise<{ regionCode: string }[]>) => (await query)[0]?.regionCode;
  if (typeof row.sessionId === 'string') {
    return first(tx.select({ regionCode: trainingSessions.regionCode }).from(trainingSessions).where(eq(trainingSessions.id, row.sessionId)));
  }
  if (typeof row.procedureId === 'string') {
    return first(tx.select({ regionCode: procedures.regionCode }).from(procedures).where(eq(procedures.id, row.procedureId)));
  }
  if (typeof row.partnershipId === 'string') {
    return first(tx.select({ regionCode: regionPartnerships.regionCode }).from(regionPartnerships).where(eq(regionPartnerships.partnershipId, row.partnershipId)));
  }
  if (typeof row.commitmentId === 'string') {
    return first(tx.select({ regionCode: regionPartnerships.regionCode }).from(regionCommitments)
      .innerJoin(regionPartnerships, eq(regionPartnerships.partnershipId, regionCommitments.partnershipId))
      .where(eq(regionCommitments.id, row.commitmentId)));
  }
  if (typeof row.actionPlanItemId === 'string') {
    return first(tx.select({ regionCode: regionPartnerships.regionCode }).from(actionPlanItems)
      .innerJoin(regionPartnerships, eq(regionPartnerships.partnershipId, actionPlanItems.partnershipId))
      .where(eq(actionPlanItems.id, row.actionPlanItemId)));
  }
  return undefined;
}

/** Every region mutation: region-hr of the region each changed row belongs to (or service). */
export function regionChangeAuthorizer(identity: Identity) {
  return async (tx: RegionTransaction, record: AuditRecord): Promise<void> => {
    if (identity.role === 'service') return;
    requireRegionWriter(identity, await regionOfChange(tx, record), 'This change');
  };
}
