import type { SubgraphDataset, SubgraphDefinition } from '#kit';
import { createRegionContext, dbSchema, type RegionContext } from './context.js';
import { seedRegion } from './db/seed.js';
import { auditLogModule } from './modules/audit/resolvers.js';
import { documentModule } from './modules/document/resolvers.js';
import { partnershipModule } from './modules/partnership/resolvers.js';
import { procedureModule } from './modules/procedure/resolvers.js';
import { regionModule } from './modules/region/resolvers.js';
import { staffMemberModule } from './modules/staff-member/resolvers.js';
import { trainingSessionModule } from './modules/training-session/resolvers.js';

export const migrationsFolder = new URL('./db/migrations', import.meta.url).pathname;

/** The region subgraph: the council's own data. Partner regions run this same definition. */
export const regionSubgraph: SubgraphDefinition<typeof dbSchema, RegionContext> = {
  name: 'region',
  modules: [regionModule, documentModule, staffMemberModule, trainingSessionModule, procedureModule, partnershipModule, auditLogModule],
  dbSchema,
  createContext: createRegionContext,
};

export const regionDataset: SubgraphDataset<typeof dbSchema> = {
  dbSchema,
  migrationsFolder,
  seed: seedRegion,
};
