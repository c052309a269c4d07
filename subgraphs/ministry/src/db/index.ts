import type { Database, SubgraphDataset } from '#kit/db';
import type { Transaction } from '#kit/write';
import * as dbSchema from './schema.js';
import { seedMinistry } from './seed.js';
import { ministryVolume } from './seed-volume.js';

// The ministry database's client types, beside its schema and migrations (drizzle's layout):
// stores import them from here, never from the context that imports the stores.
export { dbSchema };
export type MinistryDatabase = Database<typeof dbSchema>;
export type MinistryTransaction = Transaction<typeof dbSchema>;

export const ministryDataset: SubgraphDataset<typeof dbSchema> = {
  dbSchema,
  migrationsFolder: new URL('./migrations', import.meta.url).pathname,
  seed: seedMinistry,
  volume: ministryVolume,
};
