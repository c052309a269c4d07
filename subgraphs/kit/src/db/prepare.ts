import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './database.js';
import { migrateDatabase } from './migrate.js';
import type { VolumeStep } from './volume.js';

export interface SubgraphDataset<TSchema extends Record<string, unknown>> {
  dbSchema: TSchema;
  migrationsFolder: string;
  /** Inserts the demo data when the database holds none; must be deterministic. */
  seed(db: Database<TSchema>): Promise<void>;
  /** Generated rows for `npm run seed:large -- --scale N` (N = 100: ~100× the demo data). */
  volume?(scale: number): VolumeStep[];
}

/** Brings a subgraph's database to the current schema, then seeds it when it is empty. */
export async function prepareDatabase<TSchema extends Record<string, unknown>>(
  dataset: SubgraphDataset<TSchema>,
  url: string,
  options: { seed?: boolean } = {},
): Promise<void> {
  await migrateDatabase(url, dataset.migrationsFolder);
  if (options.seed === false) return;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await dataset.seed(drizzle(sql, { schema: dataset.dbSchema, casing: 'snake_case' }));
  } finally {
    await sql.end();
  }
}
