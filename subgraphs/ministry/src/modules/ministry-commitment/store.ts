import { asc } from 'drizzle-orm';
import { anyOf, commitmentFiguresOf, createLoader, groupsByUuid, rowsById } from '#kit/db';
import { today } from '#kit/write';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { ministryCommitmentProgress, ministryCommitments } from '../../db/schema.js';

export type MinistryCommitmentRow = typeof ministryCommitments.$inferSelect;
export type MinistryCommitmentProgressRow = typeof ministryCommitmentProgress.$inferSelect;

/** Oldest first; entries recorded for the same day keep the order they were recorded in. */
export const historyOrder = [
  asc(ministryCommitmentProgress.effectiveOn), asc(ministryCommitmentProgress.recordedAt), asc(ministryCommitmentProgress.id),
];

/** Commitments and their histories are public: the module's reads need no row rule. */
export function ministryCommitmentLoaders({ db }: LoaderRequest<typeof dbSchema>) {
  return {
    byId: createLoader((ids: readonly string[]) => rowsById(db, ministryCommitments, ids)),
    /** Where each convention's ministry commitments stand, one GROUP BY per batch. */
    figures: createLoader((partnershipIds: readonly string[]) => commitmentFiguresOf(db, ministryCommitments, partnershipIds, today())),
    /** A convention's ministry commitments, in the order of the agreement. */
    ofPartnership: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(ministryCommitments).where(anyOf(ministryCommitments.partnershipId, valid))
          .orderBy(asc(ministryCommitments.position)),
        (row) => row.partnershipId,
      ),
    ),
    history: createLoader((commitmentIds: readonly string[]) =>
      groupsByUuid(
        commitmentIds,
        (valid) => db.select().from(ministryCommitmentProgress).where(anyOf(ministryCommitmentProgress.commitmentId, valid)).orderBy(...historyOrder),
        (row) => row.commitmentId,
      ),
    ),
  };
}
