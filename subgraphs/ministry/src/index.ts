// Runs the ministry subgraph alone on its own database: MINISTRY_DATABASE_URL, MINISTRY_PORT.
import { runSubgraph } from '#kit/server';
import { ministryDataset, ministrySubgraph } from './subgraph.js';

await runSubgraph(ministrySubgraph, ministryDataset, {
  databaseUrlVariable: 'MINISTRY_DATABASE_URL',
  portVariable: 'MINISTRY_PORT',
  defaultPort: 4002,
});
