import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a cached reference read (~1 ms) to a large export page. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** How a request ended, as a bounded label: never the client's own operation names or text. */
export type Outcome = 'ok' | 'graphql_errors' | 'client_error' | 'server_error';

export function outcomeOf(status: number, errorCodes: readonly string[]): Outcome {
  if (status >= 500) return 'server_error';
  if (status >= 400) return 'client_error';
  return errorCodes.length > 0 ? 'graphql_errors' : 'ok';
}

/** Error codes become a label only if they look like ours (UPPER_SNAKE): a bounded set. */
const CODE = /^[A-Z][A-Z_]{1,39}$/;

/**
 * One process's Prometheus registry (its own, so that tests can run several servers in one
 * process): Node's default process metrics, plus requests by outcome, their latency and the
 * error codes answered. `service` labels every series (gateway, region, ministry).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'type' | 'outcome'>;
  private readonly latency: Histogram<'type' | 'outcome'>;
  private readonly errors: Counter<'code'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({ name: 'passerelle_requests_total', help: 'GraphQL requests answered, by operation type and outcome', labelNames: ['type', 'outcome'], registers });
    this.latency = new Histogram({ name: 'passerelle_request_duration_seconds', help: 'Time from request to answer sent', labelNames: ['type', 'outcome'], buckets: LATENCY_BUCKETS, registers });
    this.errors = new Counter({ name: 'passerelle_errors_total', help: 'Errors in answers, by extensions.code (limits refused, bad input, unavailable parts…)', labelNames: ['code'], registers });
  }

  /** A histogram of this registry with the latency buckets (the gateway's subgraph fetches). */
  histogram<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Histogram<Label> {
    return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  }

  counter<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Counter<Label> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A gauge read when /metrics is scraped (`collect` sets its values; a failure leaves them as they were). */
  gauge<Label extends string>(name: string, help: string, labelNames: readonly Label[], collect: (gauge: Gauge<Label>) => Promise<void>): Gauge<Label> {
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this).catch(() => undefined);
      },
    });
  }

  observeRequest(request: { type: string | undefined; status: number; seconds: number; errorCodes: readonly string[] }): void {
    const labels = { type: request.type === 'query' || request.type === 'mutation' ? request.type : 'none', outcome: outcomeOf(request.status, request.errorCodes) };
    this.requests.inc(labels);
    this.latency.observe(labels, request.seconds);
    for (const code of request.errorCodes) this.errors.inc({ code: CODE.test(code) ? code : 'OTHER' });
  }

  /** `GET /metrics` in Prometheus's text format. */
  handler(): RequestHandler {
    return async (_request, response) => {
      response.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }
}

/** The codes of an answer's errors, for the metrics (and nothing else of them). */
export function errorCodesOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}
