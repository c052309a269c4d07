import { defineSubgraph } from '#kit/module';
import { dbSchema } from './db/index.js';
import { auditModule } from './modules/audit/index.js';
import { documentModule } from './modules/document/index.js';
import { partnershipModule } from './modules/partnership/index.js';
import { procedureModule } from './modules/procedure/index.js';
import { regionModule } from './modules/region/index.js';
import { staffMemberModule } from './modules/staff-member/index.js';
import { trainingSessionModule } from './modules/training-session/index.js';
import { trainingStatisticsModule } from './modules/training-statistics/index.js';

export { regionDataset } from './db/index.js';

/**
 * The region subgraph: the council's own data. Its schema, request context (every module's
 * loaders) and access rules all derive from this list; partner regions run this same definition.
 */
export const regionSubgraph = defineSubgraph({
  name: 'region',
  dbSchema,
  modules: [
    regionModule, documentModule, staffMemberModule, trainingSessionModule, trainingStatisticsModule, procedureModule, partnershipModule, auditModule,
  ],
});
