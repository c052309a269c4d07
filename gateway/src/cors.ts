import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access for web apps served from other origins: only the listed origins get the
 * CORS headers (none by default). Bearer tokens travel in a header, so no cookies are allowed.
 * CSRF prevention stays on: a browser's simple request still cannot run an operation.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
}
