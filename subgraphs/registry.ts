import type { SubgraphDataset } from '#kit/db';
import type { AnySubgraphDefinition } from '#kit/server';
import { subgraphDatasets } from './datasets.js';
import { subgraphLaunches, subgraphNames, type SubgraphLaunch, type SubgraphName } from './launch.js';
import { ministrySubgraph } from './ministry/src/subgraph.js';
import { regionSubgraph } from './region/src/subgraph.js';

export { subgraphNames, type SubgraphName };

export interface SubgraphEntry extends SubgraphLaunch {
  // The registry is heterogeneous on purpose: each subgraph has its own tables and modules.
  definition: AnySubgraphDefinition;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  dataset: SubgraphDataset<any>;
}

/** Every subgraph of the graph, by the name it has in schema/supergraph.yaml. */
export const subgraphs: Record<SubgraphName, SubgraphEntry> = {
  region: { ...subgraphLaunches.region, definition: regionSubgraph, dataset: subgraphDatasets.region },
  ministry: { ...subgraphLaunches.ministry, definition: ministrySubgraph, dataset: subgraphDatasets.ministry },
};
