export * from './identity.js';
export * from './internal.js';
export * from './tokens.js';
export * from './policy.js';
export * from './rows.js';
