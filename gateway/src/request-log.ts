import type { RequestHandler } from 'express';
import { activeTraceId, requestIdFor, subjectTag, type Logger, type RequestTrail as GraphQLTrail } from '#kit/log';
import { roundedMillis, type ServiceMetrics } from '#kit/server';
import type { Identity } from '#kit/auth';
import type { Deadlines } from './deadlines.js';

/** What one request's log line says, filled in as the request goes (the context holds it). */
export interface RequestTrail extends GraphQLTrail {
  requestId: string;
  /** The operation's estimated cost (limits.ts), also reported in `extensions.cost`. */
  cost?: number | undefined;
  /** Each subgraph fetch: which subgraph, how long, and whether it answered. */
  fetches: { subgraph: string; ms: number; ok: boolean }[];
}

/**
 * Gives each /graphql request its id — the caller's well-formed `x-request-id` (not one in
 * flight), else a new one — echoes it, and writes one line when the answer is sent: id,
 * operation and type, the caller's role and subject tag (a hash), status, time, cost and each
 * subgraph fetch — and counts the same in the metrics. Requests refused before GraphQL (a bad
 * token, a bad body) get their line too.
 */
export function logRequests(logger: Logger, deadlines: Deadlines, metrics: ServiceMetrics): RequestHandler {
  const fetchLatency = metrics.histogram('passerelle_subgraph_fetch_duration_seconds', 'Gateway to subgraph fetches, by subgraph and whether it answered', ['subgraph', 'outcome']);
  return (request, response, next) => {
    const began = performance.now();
    const traceId = activeTraceId();
    const trail: RequestTrail = { requestId: requestIdFor(request.get('x-request-id'), (id) => deadlines.inFlight(id)), fetches: [], errorCodes: [] };
    response.locals.trail = trail;
    response.setHeader('x-request-id', trail.requestId);
    response.on('finish', () => {
      const identity = response.locals.identity as Identity | undefined;
      const ms = roundedMillis(began);
      logger.info({
        requestId: trail.requestId,
        operation: trail.operation,
        type: trail.type,
        role: identity?.role,
        subject: subjectTag(identity?.subject),
        status: response.statusCode,
        ms,
        cost: trail.cost,
        fetches: trail.fetches,
        traceId,
      }, 'request');
      metrics.observeRequest({ type: trail.type, status: response.statusCode, seconds: ms / 1000, errorCodes: trail.errorCodes });
      for (const fetch of trail.fetches) fetchLatency.observe({ subgraph: fetch.subgraph, outcome: fetch.ok ? 'ok' : 'failed' }, fetch.ms / 1000);
    });
    next();
  };
}
