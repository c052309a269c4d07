import { ArgumentLoaders, type BaseContext, type Database, type RowScope, type Transaction } from '#kit';
import { regionChangeAuthorizer } from './access.js';
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
export function createLoaders(db: RegionDatabase, scope: RowScope) {
  // Nested connections: one loader per distinct page/filter, shared by every parent asking it.
  const argumentLoaders = new ArgumentLoaders();
  return {
    region: createRegionLoaders(db),
    document: createDocumentLoaders(db, argumentLoaders, scope),
    staffMember: createStaffMemberLoaders(db, argumentLoaders, scope),
    trainingSession: createTrainingSessionLoaders(db, argumentLoaders, scope),
    procedure: createProcedureLoaders(db, argumentLoaders),
    partnership: createPartnershipLoaders(db),
  };
}

export interface RegionContext extends BaseContext<typeof dbSchema> {
  loaders: ReturnType<typeof createLoaders>;
}

export function createRegionContext(base: BaseContext<typeof dbSchema>): RegionContext {
  return {
    ...base,
    authorizeChange: regionChangeAuthorizer(base.identity) as BaseContext<typeof dbSchema>['authorizeChange'],
    loaders: createLoaders(base.db, base.scope),
  };
}
