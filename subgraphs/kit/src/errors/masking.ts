import { unwrapResolverError } from '@apollo/server/errors';
import { DrizzleQueryError } from 'drizzle-orm';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode, isClientSafe } from './codes.js';

/**
 * Errors we raised on purpose reach the client as they are; anything else (a driver error
 * carrying SQL, a bug) is replaced, so no SQL, stack or internal URL leaves. The server logs
 * the original with its request id (`unexpectedError`, from each server's request log).
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (isClientSafe(extensions.code)) return { ...formatted, extensions };
  const trouble = databaseTrouble(unwrapResolverError(error));
  if (trouble) return { message: trouble.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: trouble.code, ...trouble.extensions } };
  return {
    message: 'Internal server error. The failure was logged; retry later or report it with the request id.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * What the log keeps of an error in a response — the code the client saw, where, and the
 * original cause (logged through the logger's `err` serializer: `describeForLog`) — or nothing
 * for a client's own mistake.
 */
export function unexpectedError(error: GraphQLError): { code: string; path: string; err: unknown } | undefined {
  if (isClientSafe(error.extensions?.code)) return undefined;
  const original = unwrapResolverError(error);
  return { code: databaseTrouble(original)?.code ?? 'INTERNAL_SERVER_ERROR', path: error.path?.join('.') ?? '(request)', err: original };
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

// postgres.js's own codes for a connection that failed, and PostgreSQL's classes 08
// (connection exception) and 57P (the server shutting down or not accepting connections).
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);

/**
 * A database that did not answer is not a bug: the client gets a code it can act on (retry
 * later), never the driver's text. 57014 is a statement cancelled by statement_timeout.
 */
export function databaseTrouble(error: unknown): { code: string; message: string; extensions?: Record<string, string> } | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    // postgres_fdw could not reach the server of a region that keeps its own database: that
    // region's part fails, named; the others answer (servers are named region_ma_03).
    const region = typeof code === 'string' && code.startsWith('08') ? /server "region_ma_(\d{2})"/.exec(current.message)?.[1] : undefined;
    if (region) {
      return { code: ErrorCode.REGION_UNAVAILABLE, message: `The database of region MA-${region} (kept by the region itself) cannot be reached; its data is unavailable for now, other regions answer.`, extensions: { regionCode: `MA-${region}` } };
    }
    if (code === '57014') {
      return { code: ErrorCode.DEADLINE_EXCEEDED, message: 'The database did not answer in time; retry, or ask for less.' };
    }
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^(08|57P0)/.test(code))) {
      return { code: ErrorCode.DATABASE_UNAVAILABLE, message: 'The database is unavailable; retry in a moment.' };
    }
  }
  return undefined;
}
