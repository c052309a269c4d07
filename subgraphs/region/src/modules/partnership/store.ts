import { and, asc } from 'drizzle-orm';
import { readableRows } from '#kit/auth';
import { anyOf, commitmentFiguresOf, createLoader, groupsByUuid, rowsById } from '#kit/db';
import { today } from '#kit/write';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { actionPlanItemProgress, actionPlanItems, regionCommitmentProgress, regionCommitments } from '../../db/schema.js';
import type { CommitmentStatus } from '../../generated/resolvers-types.js';
import { actionPlanItemHistoryRows, regionCommitmentHistoryRows } from './access.js';

export type RegionCommitmentRow = typeof regionCommitments.$inferSelect;
export type ActionPlanItemRow = typeof actionPlanItems.$inferSelect;
/** Both progress histories have this shape, plus the id of what they track. */
export type ProgressEntryRow = Omit<typeof regionCommitmentProgress.$inferSelect, 'commitmentId'>;

/**
 * What the region subgraph receives for a Partnership: the key, plus the ministry's commitment
 * statuses when the gateway resolves `progress` (@requires).
 */
export interface PartnershipReference {
  id: string;
  ministryCommitments?: { status: CommitmentStatus }[] | null;
}

export interface ProgressModel {
  regionCommitmentsDone: number;
  regionCommitmentsTotal: number;
  ministryCommitmentsDone: number;
  ministryCommitmentsTotal: number;
  actionPlanDone: number;
  actionPlanTotal: number;
  percentComplete: number;
}

/** A region commitment as the shared Commitment value type shows it. */
export function toCommitment(row: RegionCommitmentRow) {
  return {
    id: row.id,
    party: 'REGION' as const,
    description: { fr: row.descriptionFr, ar: row.descriptionAr },
    status: row.status,
    dueOn: row.dueOn,
  };
}

function tally(statuses: readonly CommitmentStatus[]): { done: number; total: number } {
  // A cancelled undertaking is no longer owed: it counts neither as done nor as expected.
  const counted = statuses.filter((status) => status !== 'CANCELLED');
  return { done: counted.filter((status) => status === 'DONE').length, total: counted.length };
}

export function computeProgress(
  region: readonly CommitmentStatus[],
  ministry: readonly CommitmentStatus[],
  actionPlan: readonly CommitmentStatus[],
): ProgressModel {
  const r = tally(region);
  const m = tally(ministry);
  const a = tally(actionPlan);
  const done = r.done + m.done + a.done;
  const total = r.total + m.total + a.total;
  return {
    regionCommitmentsDone: r.done,
    regionCommitmentsTotal: r.total,
    ministryCommitmentsDone: m.done,
    ministryCommitmentsTotal: m.total,
    actionPlanDone: a.done,
    actionPlanTotal: a.total,
    percentComplete: total === 0 ? 0 : Math.round((done / total) * 1000) / 10,
  };
}

/** The module's per-request reads; the histories AND the caller's read rule into their SQL. */
export function partnershipLoaders({ db, scope }: LoaderRequest<typeof dbSchema>) {
  return {
    regionCommitmentById: createLoader((ids: readonly string[]) => rowsById(db, regionCommitments, ids)),
    regionCommitmentProgress: createLoader((ids: readonly string[]) =>
      groupsByUuid(
        ids,
        (valid) => db.select().from(regionCommitmentProgress)
          .where(and(anyOf(regionCommitmentProgress.commitmentId, valid), readableRows(regionCommitmentHistoryRows, scope)))
          .orderBy(asc(regionCommitmentProgress.effectiveOn), asc(regionCommitmentProgress.recordedAt), asc(regionCommitmentProgress.id)),
        (row) => row.commitmentId,
      ),
    ),
    actionPlanItemProgress: createLoader((ids: readonly string[]) =>
      groupsByUuid(
        ids,
        (valid) => db.select().from(actionPlanItemProgress)
          .where(and(anyOf(actionPlanItemProgress.actionPlanItemId, valid), readableRows(actionPlanItemHistoryRows, scope)))
          .orderBy(asc(actionPlanItemProgress.effectiveOn), asc(actionPlanItemProgress.recordedAt), asc(actionPlanItemProgress.id)),
        (row) => row.actionPlanItemId,
      ),
    ),
    /** Where each convention's region commitments stand, one GROUP BY per batch. */
    regionCommitmentFigures: createLoader((ids: readonly string[]) => commitmentFiguresOf(db, regionCommitments, ids, today())),
    regionCommitments: createLoader((ids: readonly string[]) =>
      groupsByUuid(
        ids,
        (valid) => db.select().from(regionCommitments).where(anyOf(regionCommitments.partnershipId, valid))
          .orderBy(asc(regionCommitments.position), asc(regionCommitments.id)),
        (row) => row.partnershipId,
      ),
    ),
    actionPlan: createLoader((ids: readonly string[]) =>
      groupsByUuid(
        ids,
        (valid) => db.select().from(actionPlanItems).where(anyOf(actionPlanItems.partnershipId, valid))
          .orderBy(asc(actionPlanItems.position), asc(actionPlanItems.id)),
        (row) => row.partnershipId,
      ),
    ),
  };
}
