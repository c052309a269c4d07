import type { SubgraphDataset } from '#kit/db';
import type { AnySubgraphDefinition, SubgraphEntryOptions } from '#kit/server';
import { ministryEntry } from './ministry/src/entry.js';
import { regionEntry } from './region/src/entry.js';
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
  /** The variables it reads when it runs on its own (its entry point). */
  entry: SubgraphEntryOptions;
}

/** Every subgraph of the graph, by the name it has in schema/supergraph.yaml. */
const entries = {
  region: {
    definition: regionSubgraph,
    dataset: regionDataset,
    databaseUrlVariable: regionEntry.databaseUrlVariable,
    embeddedDatabase: 'passerelle_region',
    entry: regionEntry,
  },
  ministry: {
    definition: ministrySubgraph,
    dataset: ministryDataset,
    databaseUrlVariable: ministryEntry.databaseUrlVariable,
    embeddedDatabase: 'passerelle_ministry',
    entry: ministryEntry,
  },
} satisfies Record<string, SubgraphEntry>;

export type SubgraphName = keyof typeof entries;
export const subgraphs: Record<SubgraphName, SubgraphEntry> = entries;
export const subgraphNames = Object.keys(subgraphs) as SubgraphName[];
