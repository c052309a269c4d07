import { index, pgTable, text } from 'drizzle-orm/pg-core';

// The region subgraph's own database. Column names are snake_case in SQL (drizzle `casing`).

/** The 12 regions of Morocco; the region subgraph owns the Region entity. */
export const regions = pgTable(
  'regions',
  {
    code: text().primaryKey(),
    nameFr: text().notNull(),
    nameAr: text().notNull(),
  },
  (table) => [index('regions_name_fr_idx').on(table.nameFr)],
);
