import type { SubgraphContext } from '#kit/module';
import type { dbSchema } from './db/index.js';
import type { regionSubgraph } from './subgraph.js';

/** What every region resolver receives: the kit's request context with this subgraph's loaders. */
export type RegionContext = SubgraphContext<typeof dbSchema, (typeof regionSubgraph)['modules']>;
