import { ArgumentLoaders, type BaseContext, type Database, type Transaction } from '#kit';
import * as dbSchema from './db/schema.js';
import { createDocumentLoaders } from './modules/document/store.js';
import { createPartnershipLoaders } from './modules/partnership/store.js';
import { createProcedureLoaders } from './modules/procedure/store.js';
import { createRegionLoaders } from './modules/region/store.js';
import { createStaffMemberLoaders } from './modules/staff-member/store.js';
import { createTrainingSessionLoaders } from './modules/training-session/store.js';

export { dbSchema };
export type RegionDatabase = Database<typeof dbSchema>;
export type RegionTransaction = Transaction<typeof dbSchema>;

/** Loaders are built per request: nothing cached outlives the request that asked for it. */
export function createLoaders(db: RegionDatabase) {
  // Nested connections: one loader per distinct page/filter, shared by every parent asking it.
  const argumentLoaders = new ArgumentLoaders();
  return {
    region: createRegionLoaders(db),
    document: createDocumentLoaders(db, argumentLoaders),
    staffMember: createStaffMemberLoaders(db, argumentLoaders),
    trainingSession: createTrainingSessionLoaders(db, argumentLoaders),
    procedure: createProcedureLoaders(db, argumentLoaders),
    partnership: createPartnershipLoaders(db),
  };
}

export interface RegionContext extends BaseContext<typeof dbSchema> {
  loaders: ReturnType<typeof createLoaders>;
}

export function createRegionContext(base: BaseContext<typeof dbSchema>): RegionContext {
  return { ...base, loaders: createLoaders(base.db) };
}
