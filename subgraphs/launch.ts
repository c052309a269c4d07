// Every subgraph by the name it has in schema/supergraph.yaml, with what it takes to run it as a
// process and nothing more (no schema, no resolvers): `npm start` reads this to spawn the
// subgraphs before it loads the code that migrates their databases. registry.ts adds the rest.
import type { SubgraphEntryOptions } from '#kit/server';
import { ministryEntry } from './ministry/src/entry.js';
import { regionEntry } from './region/src/entry.js';

export interface SubgraphLaunch {
  /** Environment variable that points this subgraph at its own PostgreSQL database. */
  databaseUrlVariable: string;
  /** Database name on the embedded server (and the default for tests' templates). */
  embeddedDatabase: string;
  /** The variables it reads when it runs on its own (its entry point). */
  entry: SubgraphEntryOptions;
}

const launches = {
  region: { databaseUrlVariable: regionEntry.databaseUrlVariable, embeddedDatabase: 'passerelle_region', entry: regionEntry },
  ministry: { databaseUrlVariable: ministryEntry.databaseUrlVariable, embeddedDatabase: 'passerelle_ministry', entry: ministryEntry },
} satisfies Record<string, SubgraphLaunch>;

export type SubgraphName = keyof typeof launches;
export const subgraphLaunches: Record<SubgraphName, SubgraphLaunch> = launches;
export const subgraphNames = Object.keys(subgraphLaunches) as SubgraphName[];
