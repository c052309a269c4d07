import type { SubgraphEntryOptions } from '#kit/server';

/** How the region subgraph runs on its own: the variables it reads (its entry point, the migration job, the deployment checks). */
export const regionEntry: SubgraphEntryOptions = {
  databaseUrlVariable: 'REGION_DATABASE_URL',
  portVariable: 'REGION_PORT',
  defaultPort: 4001,
  // Sessions name ministry Experts and Programmes; their ids are checked with the ministry.
  peerUrlVariables: { ministry: 'MINISTRY_SUBGRAPH_URL' },
};
