import cors from 'cors';
import type { RequestHandler } from 'express';
import { z } from 'zod';

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

export const corsConfigShape = {
  /** Origins (scheme://host[:port]) whose web apps may call the gateway, separated by commas. */
  GATEWAY_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((text, context) => {
      const origins = (text ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
      for (const origin of origins) {
        let valid = false;
        try {
          valid = new URL(origin).origin === origin;
        } catch {
          valid = false;
        }
        if (!valid) {
          context.addIssue({ code: 'custom', message: `"${origin}" is not an origin: write scheme://host[:port], no path, e.g. https://app.example.org` });
          return z.NEVER;
        }
      }
      return origins;
    }),
};
