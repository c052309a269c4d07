// Serving a subgraph: the HTTP server factory and the standalone entry point.
export * from './http.js';
export * from './server.js';
export * from './main.js';
export { logUnexpectedErrors, roundedMillis, trailPlugin } from './request-log.js';
export * from './metrics.js';
