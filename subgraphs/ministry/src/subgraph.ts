import type { SubgraphDataset, SubgraphDefinition } from '#kit';
import { createMinistryContext, dbSchema, type MinistryContext } from './context.js';
import { seedMinistry } from './db/seed.js';
import { auditModule } from './modules/audit/resolvers.js';
import { bestPracticeModule } from './modules/best-practice/resolvers.js';
import { expertModule } from './modules/expert/resolvers.js';
import { ministryCommitmentModule } from './modules/ministry-commitment/resolvers.js';
import { partnershipModule } from './modules/partnership/resolvers.js';
import { procedureModule } from './modules/procedure/resolvers.js';
import { programmeModule } from './modules/programme/resolvers.js';
import { regionModule } from './modules/region/resolvers.js';

export const migrationsFolder = new URL('./db/migrations', import.meta.url).pathname;

/** The ministry subgraph: conventions, programmes, experts and best practices it provides. */
export const ministrySubgraph: SubgraphDefinition<typeof dbSchema, MinistryContext> = {
  name: 'ministry',
  modules: [partnershipModule, programmeModule, expertModule, bestPracticeModule, regionModule, procedureModule,
    ministryCommitmentModule, auditModule],
  dbSchema,
  createContext: createMinistryContext,
};

export const ministryDataset: SubgraphDataset<typeof dbSchema> = {
  dbSchema,
  migrationsFolder,
  seed: seedMinistry,
};
