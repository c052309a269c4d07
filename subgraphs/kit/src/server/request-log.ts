import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { unexpectedError } from '../errors/index.js';
import { requestIdFor, subjectTag, type Logger } from '../log/index.js';
import type { AnySubgraphContext } from '../module/index.js';

/** Where a request's log line finds its context (set by the GraphQL context function). */
export const CONTEXT_LOCAL = 'graphqlContext';

const roundedMillis = (began: number) => Math.round((performance.now() - began) * 10) / 10;

/**
 * One line per /graphql request once its answer is sent: the request id the gateway forwarded,
 * the operation, the caller's role and subject tag (a hash, never the subject itself), the HTTP
 * status, the time and the SQL statements it took. Refused requests (no internal token) are
 * logged too, with what is known of them.
 */
export function logRequests(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const began = performance.now();
    response.on('finish', () => {
      const context = response.locals[CONTEXT_LOCAL] as AnySubgraphContext | undefined;
      const operation = (request.body as { operationName?: unknown } | undefined)?.operationName;
      logger.info({
        requestId: context?.requestId ?? requestIdFor(request.get('x-request-id')),
        operation: typeof operation === 'string' ? operation : undefined,
        role: context?.identity.role,
        subject: subjectTag(context?.identity.subject),
        status: response.statusCode,
        ms: roundedMillis(began),
        statements: context?.statements.count,
      }, 'request');
    });
    next();
  };
}

/**
 * Logs each unexpected error of a response (the client saw a masked one) with its request id
 * and cause; the gateway uses it too.
 */
export function logUnexpectedErrors<TContext extends { requestId: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const entry = unexpectedError(error);
            if (entry) logger.error({ requestId: contextValue.requestId, ...entry }, 'request failed');
          }
        },
      };
    },
  };
}
