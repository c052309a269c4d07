import type { SubgraphDefinition } from '#kit';
import { createRegionContext, dbSchema, type RegionContext } from './context.js';
import { regionModule } from './modules/region/resolvers.js';

export const migrationsFolder = new URL('./db/migrations', import.meta.url).pathname;

/** The region subgraph: the council's own data. Partner regions run this same definition. */
export const regionSubgraph: SubgraphDefinition<typeof dbSchema, RegionContext> = {
  name: 'region',
  modules: [regionModule],
  dbSchema,
  createContext: createRegionContext,
};
