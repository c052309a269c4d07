import { asc, inArray } from 'drizzle-orm';
import { createLoader, groupsByUuid, rowsByUuid } from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { ministryCommitmentProgress, ministryCommitments } from '../../db/schema.js';

export type MinistryCommitmentProgressRow = typeof ministryCommitmentProgress.$inferSelect;

/** Oldest first; entries recorded for the same day keep the order they were recorded in. */
export const historyOrder = [asc(ministryCommitmentProgress.onDate), asc(ministryCommitmentProgress.recordedAt), asc(ministryCommitmentProgress.id)];

export function createMinistryCommitmentLoaders(db: MinistryDatabase) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(ministryCommitments).where(inArray(ministryCommitments.id, valid)), (row) => row.id),
    ),
    history: createLoader((commitmentIds: readonly string[]) =>
      groupsByUuid(
        commitmentIds,
        (valid) => db.select().from(ministryCommitmentProgress).where(inArray(ministryCommitmentProgress.commitmentId, valid)).orderBy(...historyOrder),
        (row) => row.commitmentId,
      ),
    ),
  };
}
