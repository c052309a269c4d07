import type { MinistryDatabase } from './index.js';
import { ministryCommitmentRows, partnershipRows, signatoryRows } from './seed-partnerships.js';
import { expertAssignmentRows, expertRows } from './seed-experts.js';
import {
  bestPracticeAdoptionRows,
  bestPracticeRows,
  practiceApplicationRows,
  programmeRegionRows,
  programmeRows,
} from './seed-programmes.js';
import {
  bestPracticeAdoptions,
  bestPractices,
  expertAssignments,
  experts,
  ministryCommitments,
  partnerships,
  practiceApplications,
  programmeRegions,
  programmes,
  signatories,
} from './schema.js';

/**
 * The ministry's demo data: fixed ids (shared ones from subgraphs/demo-ids.ts), no clock, no
 * randomness, so every fresh database is identical. Does nothing once partnerships exist.
 */
export async function seedMinistry(db: MinistryDatabase): Promise<void> {
  const existing = await db.select({ id: partnerships.id }).from(partnerships).limit(1);
  if (existing.length > 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(partnerships).values(partnershipRows);
    await tx.insert(signatories).values(signatoryRows);
    await tx.insert(ministryCommitments).values(ministryCommitmentRows);
    await tx.insert(programmes).values(programmeRows);
    await tx.insert(programmeRegions).values(programmeRegionRows);
    await tx.insert(experts).values(expertRows);
    await tx.insert(expertAssignments).values(expertAssignmentRows);
    await tx.insert(bestPractices).values(bestPracticeRows);
    await tx.insert(bestPracticeAdoptions).values(bestPracticeAdoptionRows);
    await tx.insert(practiceApplications).values(practiceApplicationRows);
  });
}
