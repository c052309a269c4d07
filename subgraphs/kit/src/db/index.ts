// Data access every subgraph shares: connection (embedded or URL), migrations, pages,
// loaders, nested connections and filter helpers.
export * from './database.js';
export * from './embedded.js';
export { copyPristineCluster, makePristineCluster } from './pristine-cluster.js';
export * from './identifier.js';
export * from './migrate.js';
export * from './prepare.js';
export * from './queries.js';
export * from './filters.js';
export * from './pagination.js';
export * from './loaders.js';
export * from './nested.js';
export * from './reference.js';
export * from './history.js';
export * from './commitment-figures.js';
export * from './sorting.js';
export * from './volume.js';
