// The write vocabulary: transactional mutations with audit (hash-chained) and idempotency, input rules,
// version locks, dates, and reference checks against peer subgraphs.
export * from './audit-log.js';
export * from './audit-chain.js';
export * from './dates.js';
export * from './inputs.js';
export * from './mutation.js';
export * from './peers.js';
export * from './tables.js';
export * from './validation.js';
export * from './versioned.js';
export * from './audit-plugin.js';
export * from './regions.js';
