import { eq, sql } from 'drizzle-orm';
import { grouping, type AnyDatabase } from '#kit/db';
import { bestPracticeAdoptions, bestPractices, practiceApplications } from '../../db/schema.js';
import type { AdoptionStatisticsDimension, PracticeApplicationStatisticsDimension } from '../../generated/resolvers-types.js';

/** A group of best-practice adoptions, as the SQL returns it. */
export interface AdoptionStatisticsRow {
  region: string | null;
  theme: string | null;
  adoptions: number;
  practices: number;
}

const keys = {
  REGION: { key: 'region', column: bestPracticeAdoptions.regionCode },
  THEME: { key: 'theme', column: bestPractices.theme },
} as const;

/** Adoptions (public, like the practices) by the adopting region and the practice's theme. */
export async function adoptionStatistics(db: AnyDatabase, groupBy: readonly AdoptionStatisticsDimension[]): Promise<AdoptionStatisticsRow[]> {
  const group = grouping(keys, groupBy);
  const rows = await db
    .select({
      ...group.select,
      adoptions: sql<number>`count(*)::int`,
      practices: sql<number>`count(distinct ${bestPracticeAdoptions.bestPracticeId})::int`,
    })
    .from(bestPracticeAdoptions)
    .innerJoin(bestPractices, eq(bestPractices.id, bestPracticeAdoptions.bestPracticeId))
    .groupBy(...group.groupBy)
    .orderBy(...group.orderBy);
  return rows.map((row) => ({ ...group.keysOf(row), adoptions: row.adoptions, practices: row.practices }));
}

/** A group of practice applications (a procedure applying a best practice), as the SQL returns it. */
export interface PracticeApplicationStatisticsRow {
  region: string | null;
  theme: string | null;
  practice: string | null;
  applications: number;
  procedures: number;
  practices: number;
}

const applicationKeys = {
  REGION: { key: 'region', column: practiceApplications.regionCode },
  THEME: { key: 'theme', column: bestPractices.theme },
  PRACTICE: { key: 'practice', column: practiceApplications.bestPracticeId },
} as const;

/** Practices applied in the regions' procedures, by the procedure's region, the theme and the practice. */
export async function practiceApplicationStatistics(
  db: AnyDatabase,
  regionCode: string | null | undefined,
  groupBy: readonly PracticeApplicationStatisticsDimension[],
): Promise<PracticeApplicationStatisticsRow[]> {
  const group = grouping(applicationKeys, groupBy);
  const rows = await db
    .select({
      ...group.select,
      applications: sql<number>`count(*)::int`,
      procedures: sql<number>`count(distinct ${practiceApplications.procedureId})::int`,
      practices: sql<number>`count(distinct ${practiceApplications.bestPracticeId})::int`,
    })
    .from(practiceApplications)
    .innerJoin(bestPractices, eq(bestPractices.id, practiceApplications.bestPracticeId))
    .where(regionCode != null ? eq(practiceApplications.regionCode, regionCode) : undefined)
    .groupBy(...group.groupBy)
    .orderBy(...group.orderBy);
  return rows.map((row) => ({ ...group.keysOf(row), applications: row.applications, procedures: row.procedures, practices: row.practices }));
}
