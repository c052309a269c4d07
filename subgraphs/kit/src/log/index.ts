// Structured logs every process shares (gateway, subgraphs): one pino logger per process, one
// line per request with its request id, and errors with their cause — never personal data.
export * from './logger.js';
export * from './request-id.js';
