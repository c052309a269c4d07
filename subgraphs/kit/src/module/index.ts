// A module is one domain concept (schema, resolvers, loaders, access rules); a subgraph is
// the list of its modules, and its schema and request context are derived from that list.
export * from './define.js';
export * from './context.js';
