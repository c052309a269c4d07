import { pgTable, text } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import { trigramIndex } from './filters.js';

// Reference data every subgraph's database holds, defined once: each subgraph's db/schema.ts
// re-exports the table so its own migrations create it, and migrateDatabase keeps its rows.

/** The 12 regions of Morocco: every region-code check reads this table. */
export const regions = pgTable(
  'regions',
  {
    code: text().primaryKey(),
    nameFr: text().notNull(),
    nameAr: text().notNull(),
  },
  (table) => [trigramIndex('regions_name_fr_trgm_idx', table.nameFr), trigramIndex('regions_name_ar_trgm_idx', table.nameAr)],
);

/** Official names of the 12 regions (décret n° 2-15-40 of 20 February 2015). */
export const REGIONS: readonly (typeof regions.$inferInsert)[] = [
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

/** Brings the reference rows up to date; idempotent, so every start may run it. */
export async function writeReferenceData(sql: Sql): Promise<void> {
  const rows = REGIONS.map(({ code, nameFr, nameAr }) => ({ code, name_fr: nameFr, name_ar: nameAr }));
  await sql`insert into regions ${sql(rows, 'code', 'name_fr', 'name_ar')}
    on conflict (code) do update set name_fr = excluded.name_fr, name_ar = excluded.name_ar`;
}

const REGION_BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));

/**
 * A region's reference row, known without a query: every start brings each database's `regions`
 * rows up to REGIONS (writeReferenceData), so this is what the table holds. Undefined for a code
 * that names none of the 12.
 */
export const referenceRegion = (code: string): typeof regions.$inferSelect | undefined => REGION_BY_CODE.get(code);

/** A region's official name (see referenceRegion); undefined for an unknown code. */
export function officialRegionName(code: string): { fr: string; ar: string } | undefined {
  const region = referenceRegion(code);
  return region && { fr: region.nameFr, ar: region.nameAr };
}
