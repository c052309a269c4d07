import type { SubgraphEntryOptions } from '#kit/server';

/** How the ministry subgraph runs on its own: the variables it reads (its entry point, the migration job, the deployment checks). */
export const ministryEntry: SubgraphEntryOptions = {
  databaseUrlVariable: 'MINISTRY_DATABASE_URL',
  portVariable: 'MINISTRY_PORT',
  defaultPort: 4002,
};
