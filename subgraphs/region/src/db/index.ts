import type { Database, SubgraphDataset } from '#kit/db';
import type { Transaction } from '#kit/write';
import * as dbSchema from './schema.js';
import { regionVolume } from './seed-volume.js';

// The region database's client types, beside its schema and migrations (drizzle's layout):
// stores import them from here, never from the context that imports the stores.
export { dbSchema };
export type RegionDatabase = Database<typeof dbSchema>;
export type RegionTransaction = Transaction<typeof dbSchema>;

export const regionDataset: SubgraphDataset<typeof dbSchema> = {
  dbSchema,
  migrationsFolder: new URL('./migrations', import.meta.url).pathname,
  // The demo rows load only when a database is seeded, not at every start.
  seed: async (db) => (await import('./seed.js')).seedRegion(db),
  volume: regionVolume,
};
