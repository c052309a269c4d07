// Structured logs and traces every process shares (gateway, subgraphs): one pino logger per
// process, one line per request with its request id, errors with their cause — never personal
// data — and OpenTelemetry spans when an OTLP endpoint is configured.
export * from './logger.js';
export * from './request-id.js';
export * from './tracing.js';
export * from './trail.js';
