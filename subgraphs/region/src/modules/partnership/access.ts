import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { ownedEntity, type RowScope } from '#kit/auth';
import { actionPlanItemProgress, actionPlanItems, regionCommitmentProgress, regionCommitments, regionPartnerships } from '../../db/schema.js';

// The region's side of a partnership: its commitments and action plan are public (the
// agreement is), their status histories are the region's and the ministry's; region-hr of the
// signing region changes them.

const regionOfPartnership = (partnershipId: PgColumn | SQL) =>
  sql`(select ${regionPartnerships.regionCode} from ${regionPartnerships} where ${regionPartnerships.partnershipId} = ${partnershipId})`;

/** Rows of a region: ministry roles read all, the region's own roles theirs, others none. */
function regionReads(region: SQL) {
  return (scope: RowScope): SQL | undefined => {
    if (scope.kind === 'all') return undefined;
    if (scope.kind === 'region') return sql`${region} = ${scope.regionCode}`;
    return sql`false`;
  };
}

const commitmentRegion = regionOfPartnership(regionCommitments.partnershipId);
const actionPlanItemRegion = regionOfPartnership(actionPlanItems.partnershipId);

export const regionCommitmentRows = ownedEntity({ typename: 'RegionCommitment', table: regionCommitments, region: commitmentRegion });
export const actionPlanItemRows = ownedEntity({ typename: 'ActionPlanItem', table: actionPlanItems, region: actionPlanItemRegion });

const historyRegion = (parent: PgColumn, parentTable: typeof regionCommitments | typeof actionPlanItems) =>
  sql`(select ${regionPartnerships.regionCode} from ${parentTable} join ${regionPartnerships} on ${regionPartnerships.partnershipId} = ${parentTable.partnershipId} where ${parentTable.id} = ${parent})`;

export const regionCommitmentHistoryRows = ownedEntity({
  typename: 'RegionProgressEntry',
  table: regionCommitmentProgress,
  region: historyRegion(regionCommitmentProgress.commitmentId, regionCommitments),
  read: regionReads(historyRegion(regionCommitmentProgress.commitmentId, regionCommitments)),
});

export const actionPlanItemHistoryRows = ownedEntity({
  typename: 'RegionProgressEntry',
  table: actionPlanItemProgress,
  region: historyRegion(actionPlanItemProgress.actionPlanItemId, actionPlanItems),
  read: regionReads(historyRegion(actionPlanItemProgress.actionPlanItemId, actionPlanItems)),
});
