import type { SubgraphContext } from '#kit/module';
import type { dbSchema } from './db/index.js';
import type { ministrySubgraph } from './subgraph.js';

/** What every ministry resolver receives: the kit's request context with this subgraph's loaders. */
export type MinistryContext = SubgraphContext<typeof dbSchema, (typeof ministrySubgraph)['modules']>;
