import type { Database } from '#kit/db';
import type * as dbSchema from './schema.js';
import {
  actionPlanItems, documents, enrollments, procedures, regionCommitments, regionPartnerships, staffMembers, trainingSessions,
} from './schema.js';
import { actionPlanRows, commitmentRows, documentRows, partnershipRows } from './seed-convention.js';
import { enrollmentRows, sessionRows, staffRows } from './seed-demo.js';
import { procedureRows } from './seed-procedures.js';

/**
 * Seeds MA-01's Tangier convention (its side of it) and demo data for MA-01 and MA-02 (the
 * regions themselves are reference data, written by the migrations). Deterministic, and a
 * no-op once a partnership exists, so every start may call it.
 */
export async function seedRegion(db: Database<typeof dbSchema>): Promise<void> {
  const existing = await db.select({ id: regionPartnerships.partnershipId }).from(regionPartnerships).limit(1);
  if (existing.length > 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(regionPartnerships).values(partnershipRows);
    await tx.insert(regionCommitments).values(commitmentRows);
    await tx.insert(actionPlanItems).values(actionPlanRows);
    await tx.insert(documents).values(documentRows);
    await tx.insert(staffMembers).values(staffRows);
    await tx.insert(trainingSessions).values(sessionRows);
    await tx.insert(enrollments).values(enrollmentRows);
    await tx.insert(procedures).values(procedureRows);
  });
}
