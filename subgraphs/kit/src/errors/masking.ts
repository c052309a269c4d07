import { unwrapResolverError } from '@apollo/server/errors';
import { DrizzleQueryError } from 'drizzle-orm';
import type { GraphQLFormattedError } from 'graphql';
import { isClientSafe } from './codes.js';

/**
 * Errors we raised on purpose reach the client as they are; anything else (a driver error
 * carrying SQL, a bug) is logged and replaced, so no SQL, stack or internal URL leaves.
 */
export function maskErrors(log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (isClientSafe(extensions.code)) return { ...formatted, extensions };
    const original = unwrapResolverError(error);
    log(`internal error at ${formatted.path?.join('.') ?? '(request)'}: ${describeForLog(original)}`);
    return {
      message: 'Internal server error. The failure was logged; retry later or report it with the request id.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * What the server log keeps of an unexpected error. drizzle's "Failed query" errors carry the
 * statement's parameters — staff names, e-mail addresses — so for a database error only the
 * driver's own message, code and the SQL text (no values) are logged.
 */
export function describeForLog(error: unknown): string {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause as (Error & { code?: unknown }) | undefined;
    return `database error ${String(cause?.code ?? '')}: ${cause?.message ?? 'query failed'} in: ${error.query}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
