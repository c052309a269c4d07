// Every subgraph's database — its tables, migrations and seed — without its schema or resolvers:
// `npm start` and the migration step read this to prepare the databases, so they need not load
// the subgraphs' modules (a third of a second of CPU while the servers start). registry.ts adds
// the rest.
import type { SubgraphDataset } from '#kit/db';
import type { SubgraphName } from './launch.js';
import { ministryDataset } from './ministry/src/db/index.js';
import { regionDataset } from './region/src/db/index.js';

// The datasets are heterogeneous on purpose: each subgraph has its own tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const subgraphDatasets: Record<SubgraphName, SubgraphDataset<any>> = {
  region: regionDataset,
  ministry: ministryDataset,
};
