import { GraphQLError } from 'graphql';

/** Error codes a client can rely on; anything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Limits: what a request may ask for or take (the gateway's operation limits, deadlines).
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  ROW_LIMIT_EXCEEDED: 'ROW_LIMIT_EXCEEDED',
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  // A region that keeps its own database (docs/regions.md) whose server does not answer.
  REGION_UNAVAILABLE: 'REGION_UNAVAILABLE',
  // Malformed HTTP requests (body, content type, encoding).
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** `argumentName` is the path of the offending argument, e.g. `first` or `filter.startsAfter`. */
export function badUserInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
  });
}

export function notFound(typename: string, id: string, argumentName = 'id'): GraphQLError {
  return new GraphQLError(`No ${typename} has ${argumentName} "${id}".`, {
    extensions: { code: ErrorCode.NOT_FOUND, argumentName, typename },
  });
}

/**
 * A rule the current state of the data forbids (the input itself is well-formed): a stale
 * version, a full session, a code already taken. `extra` adds what the client needs to resolve
 * it, e.g. the id of the row it clashes with.
 */
export function conflict(message: string, argumentName?: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.CONFLICT, ...(argumentName ? { argumentName } : {}), ...extra },
  });
}

const clientCodes = new Set<string>(Object.values(ErrorCode));

/** Codes set by graphql-js / Apollo Server itself for malformed requests; safe to show. */
const requestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors we raised on purpose (known code) reach the client as they are; anything else — a
 * driver error carrying SQL, a bug — is logged with the request id and replaced by a generic
 * message, so no SQL text, stack or internal URL ever leaves the server.
 */
export function isClientSafe(code: unknown): boolean {
  return typeof code === 'string' && (clientCodes.has(code) || requestCodes.has(code)) &&
    code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * A GraphQL error body for an answer given outside GraphQL execution (an HTTP edge, an export):
 * the same shape and codes a client reads everywhere else.
 */
export function errorResponse(code: string, message: string, argumentName?: string) {
  return { errors: [{ message, extensions: { code, ...(argumentName ? { argumentName } : {}) } }] };
}
