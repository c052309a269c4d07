// Runs the ministry subgraph alone on its own database: MINISTRY_DATABASE_URL, MINISTRY_PORT.
import { runSubgraph } from '#kit/server';
import { ministryEntry } from './entry.js';
import { ministryDataset, ministrySubgraph } from './subgraph.js';

await runSubgraph(ministrySubgraph, ministryDataset, ministryEntry);
