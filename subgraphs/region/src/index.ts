// Runs the region subgraph alone on its own database: REGION_DATABASE_URL, REGION_PORT.
import { runSubgraph } from '#kit';
import { regionDataset, regionSubgraph } from './subgraph.js';

await runSubgraph(regionSubgraph, regionDataset, {
  databaseUrlVariable: 'REGION_DATABASE_URL',
  portVariable: 'REGION_PORT',
  defaultPort: 4001,
});
