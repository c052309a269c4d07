// Runs the region subgraph alone on its own database: REGION_DATABASE_URL, REGION_PORT,
// MINISTRY_SUBGRAPH_URL (to check the trainer and programme ids it is given).
import { runSubgraph } from '#kit/server';
import { regionDataset, regionSubgraph } from './subgraph.js';

await runSubgraph(regionSubgraph, regionDataset, {
  databaseUrlVariable: 'REGION_DATABASE_URL',
  portVariable: 'REGION_PORT',
  defaultPort: 4001,
  // Sessions name ministry Experts and Programmes; their ids are checked with the ministry.
  peerUrlVariables: { ministry: 'MINISTRY_SUBGRAPH_URL' },
});
