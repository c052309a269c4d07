import { ArgumentLoaders, type BaseContext, type Database, type Transaction } from '#kit';
import * as dbSchema from './db/schema.js';
import { createBestPracticeLoaders } from './modules/best-practice/store.js';
import { createExpertLoaders } from './modules/expert/store.js';
import { createMinistryCommitmentLoaders } from './modules/ministry-commitment/store.js';
import { createPartnershipLoaders } from './modules/partnership/store.js';
import { createProgrammeLoaders } from './modules/programme/store.js';
import { createRegionLoaders } from './modules/region/store.js';

export { dbSchema };
export type MinistryDatabase = Database<typeof dbSchema>;
export type MinistryTransaction = Transaction<typeof dbSchema>;

/** Loaders are built per request: nothing cached outlives the request that asked for it. */
export function createLoaders(db: MinistryDatabase) {
  // Nested connections: one loader per distinct page/filter, shared by every parent asking it.
  const argumentLoaders = new ArgumentLoaders();
  const programme = createProgrammeLoaders(db);
  const bestPractice = createBestPracticeLoaders(db, argumentLoaders);
  return {
    partnership: createPartnershipLoaders(db),
    ministryCommitment: createMinistryCommitmentLoaders(db),
    programme,
    expert: createExpertLoaders(db, argumentLoaders),
    bestPractice,
    region: createRegionLoaders(db, argumentLoaders, { programme, bestPractice }),
  };
}

export interface MinistryContext extends BaseContext<typeof dbSchema> {
  loaders: ReturnType<typeof createLoaders>;
}

export function createMinistryContext(base: BaseContext<typeof dbSchema>): MinistryContext {
  return { ...base, loaders: createLoaders(base.db) };
}
