import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { unexpectedError } from '../errors/index.js';
import { activeTraceId, requestIdFor, subjectTag, type Logger, type RequestTrail } from '../log/index.js';
import type { AnySubgraphContext } from '../module/index.js';
import { errorCodesOf, type ServiceMetrics } from './metrics.js';

/** Where a request's log line finds its context (set by the GraphQL context function). */
export const CONTEXT_LOCAL = 'graphqlContext';

export const roundedMillis = (began: number) => Math.round((performance.now() - began) * 10) / 10;

/**
 * One line per /graphql request once its answer is sent — the request id the gateway forwarded,
 * the operation, the caller's role and subject tag (a hash, never the subject itself), the HTTP
 * status, the time and the SQL statements it took — and the same request in the metrics.
 * Refused requests (no internal token) are logged and counted too, with what is known of them.
 */
export function logRequests(logger: Logger, metrics: ServiceMetrics): RequestHandler {
  return (request, response, next) => {
    const began = performance.now();
    const traceId = activeTraceId();
    response.on('finish', () => {
      const context = response.locals[CONTEXT_LOCAL] as AnySubgraphContext | undefined;
      // A batch (the gateway's parallel queries of one request) is named by its operations.
      const body = request.body as { operationName?: unknown } | { operationName?: unknown }[] | undefined;
      const operation = Array.isArray(body) ? body.map((part) => part?.operationName).join(' + ') : body?.operationName;
      const ms = roundedMillis(began);
      logger.info({
        requestId: context?.requestId ?? requestIdFor(request.get('x-request-id')),
        operation: typeof operation === 'string' ? operation : undefined,
        role: context?.identity.role,
        subject: subjectTag(context?.identity.subject),
        status: response.statusCode,
        ms,
        statements: context?.statements.count,
        ...(context?.trail.warnings?.length ? { warnings: context.trail.warnings } : {}),
        traceId,
      }, context?.trail.warnings?.length ? 'request (with warnings)' : 'request');
      metrics.observeRequest({ type: context?.trail.type, status: response.statusCode, seconds: ms / 1000, errorCodes: context?.trail.errorCodes ?? [] });
    });
    next();
  };
}

/** Fills the request's trail in from Apollo's view of it: its operation, and the codes it answered. */
export function trailPlugin<TContext extends { trail: RequestTrail }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          contextValue.trail.operation = operationName ?? undefined;
          contextValue.trail.type = operation?.operation;
        },
        async willSendResponse({ response, contextValue }) {
          // Added to, not replaced: the operations of a batch share one trail.
          if (response.body.kind === 'single') contextValue.trail.errorCodes.push(...errorCodesOf(response.body.singleResult.errors));
        },
      };
    },
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
