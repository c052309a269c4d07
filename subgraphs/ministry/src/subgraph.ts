import { defineSubgraph } from '#kit/module';
import { dbSchema } from './db/index.js';
import { auditModule } from './modules/audit/index.js';
import { bestPracticeModule } from './modules/best-practice/index.js';
import { expertModule } from './modules/expert/index.js';
import { ministryCommitmentModule } from './modules/ministry-commitment/index.js';
import { partnershipModule } from './modules/partnership/index.js';
import { procedureModule } from './modules/procedure/index.js';
import { programmeModule } from './modules/programme/index.js';
import { regionModule } from './modules/region/index.js';

export { ministryDataset } from './db/index.js';

/**
 * The ministry subgraph: conventions, programmes, experts and best practices it provides. Its
 * schema, request context (every module's loaders) and access rules all derive from this list.
 */
export const ministrySubgraph = defineSubgraph({
  name: 'ministry',
  dbSchema,
  modules: [
    partnershipModule, programmeModule, expertModule, bestPracticeModule, regionModule, procedureModule, ministryCommitmentModule, auditModule,
  ],
});
