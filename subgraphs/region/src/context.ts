import type { BaseContext, Database } from '#kit';
import * as dbSchema from './db/schema.js';
import { createRegionLoaders } from './modules/region/store.js';

export { dbSchema };
export type RegionDatabase = Database<typeof dbSchema>;

/** Loaders are built per request: nothing cached outlives the request that asked for it. */
export function createLoaders(db: RegionDatabase) {
  return {
    region: createRegionLoaders(db),
  };
}

export interface RegionContext extends BaseContext<typeof dbSchema> {
  loaders: ReturnType<typeof createLoaders>;
}

export function createRegionContext(base: BaseContext<typeof dbSchema>): RegionContext {
  return { ...base, loaders: createLoaders(base.db) };
}
