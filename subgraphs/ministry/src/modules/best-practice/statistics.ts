import { eq, sql } from 'drizzle-orm';
import { grouping, type AnyDatabase } from '#kit/db';
import { bestPracticeAdoptions, bestPractices } from '../../db/schema.js';
import type { AdoptionStatisticsDimension } from '../../generated/resolvers-types.js';

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
