import type { SubgraphDataset } from '#kit/db';
import type { AnySubgraphDefinition } from '#kit/server';
import { ministryDataset, ministrySubgraph } from './ministry/src/subgraph.js';
import { regionDataset, regionSubgraph } from './region/src/subgraph.js';

export interface SubgraphEntry {
  // The registry is heterogeneous on purpose: each subgraph has its own tables and modules.
  definition: AnySubgraphDefinition;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  dataset: SubgraphDataset<any>;
  /** Environment variable that points this subgraph at its own PostgreSQL database. */
  databaseUrlVariable: string;
  /** Database name on the embedded server (and the default for tests' templates). */
  embeddedDatabase: string;
}

/** Every subgraph of the graph, by the name it has in schema/supergraph.yaml. */
const entries = {
  region: {
    definition: regionSubgraph,
    dataset: regionDataset,
    databaseUrlVariable: 'REGION_DATABASE_URL',
    embeddedDatabase: 'passerelle_region',
  },
  ministry: {
    definition: ministrySubgraph,
    dataset: ministryDataset,
    databaseUrlVariable: 'MINISTRY_DATABASE_URL',
    embeddedDatabase: 'passerelle_ministry',
  },
} satisfies Record<string, SubgraphEntry>;

export type SubgraphName = keyof typeof entries;
export const subgraphs: Record<SubgraphName, SubgraphEntry> = entries;
export const subgraphNames = Object.keys(subgraphs) as SubgraphName[];
