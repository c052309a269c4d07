// Runs the region subgraph alone on its own database: REGION_DATABASE_URL, REGION_PORT,
// MINISTRY_SUBGRAPH_URL (to check the trainer and programme ids it is given).
import { runSubgraph } from '#kit/server';
import { regionEntry } from './entry.js';
import { regionDataset, regionSubgraph } from './subgraph.js';

await runSubgraph(regionSubgraph, regionDataset, regionEntry);
