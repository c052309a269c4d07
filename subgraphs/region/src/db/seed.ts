import type { Database } from '#kit';
import type * as dbSchema from './schema.js';
import {
  actionPlanItems, documents, enrollments, procedures, regionCommitments, regionPartnerships, regions,
  staffMembers, trainingSessions,
} from './schema.js';
import { actionPlanRows, commitmentRows, documentRows, partnershipRows } from './seed-convention.js';
import { enrollmentRows, sessionRows, staffRows } from './seed-demo.js';
import { procedureRows } from './seed-procedures.js';

/** Official names of the 12 regions (décret n° 2-15-40 of 20 February 2015). */
export const regionRows: (typeof regions.$inferInsert)[] = [
  { code: 'MA-01', nameFr: 'Tanger-Tétouan-Al Hoceïma', nameAr: 'طنجة تطوان الحسيمة' },
  { code: 'MA-02', nameFr: "L'Oriental", nameAr: 'الشرق' },
  { code: 'MA-03', nameFr: 'Fès-Meknès', nameAr: 'فاس مكناس' },
  { code: 'MA-04', nameFr: 'Rabat-Salé-Kénitra', nameAr: 'الرباط سلا القنيطرة' },
  { code: 'MA-05', nameFr: 'Béni Mellal-Khénifra', nameAr: 'بني ملال خنيفرة' },
  { code: 'MA-06', nameFr: 'Casablanca-Settat', nameAr: 'الدار البيضاء سطات' },
  { code: 'MA-07', nameFr: 'Marrakech-Safi', nameAr: 'مراكش آسفي' },
  { code: 'MA-08', nameFr: 'Drâa-Tafilalet', nameAr: 'درعة تافيلالت' },
  { code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس ماسة' },
  { code: 'MA-10', nameFr: 'Guelmim-Oued Noun', nameAr: 'كلميم واد نون' },
  { code: 'MA-11', nameFr: 'Laâyoune-Sakia El Hamra', nameAr: 'العيون الساقية الحمراء' },
  { code: 'MA-12', nameFr: 'Dakhla-Oued Ed-Dahab', nameAr: 'الداخلة وادي الذهب' },
];

/**
 * Seeds the regions, MA-01's Tangier convention (its side of it) and demo data for MA-01 and
 * MA-02. Deterministic, and a no-op once regions exist, so every start may call it.
 */
export async function seedRegion(db: Database<typeof dbSchema>): Promise<void> {
  const existing = await db.select({ code: regions.code }).from(regions).limit(1);
  if (existing.length > 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(regions).values(regionRows);
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
