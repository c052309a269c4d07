import { context, propagation, SpanKind, SpanStatusCode, trace, type Span, type TracerProvider } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { RequestHandler } from 'express';
import { z } from 'zod';

// OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then each process
// exports its spans over OTLP/HTTP, and a request's spans across the gateway and the subgraphs
// share one trace (W3C `traceparent` from the caller, to the gateway, to each subgraph fetch).
// Apollo's gateway makes its own spans (request, plan, execute, each fetch); the kit adds a
// server span per request and a span per SQL statement (its text, never its values).

/** What turns tracing on (read by the OpenTelemetry exporter itself), for the deployment checks and README. */
export const tracingConfigShape = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
};

let provider: TracerProvider | undefined;

/** Whether this process records spans (the SQL wrapper and the header injection cost nothing otherwise). */
export const tracingEnabled = (): boolean => provider !== undefined;

export const passerelleTracer = () => trace.getTracer('passerelle');

/**
 * Starts tracing for this process — once: tests run several servers in one process. `exporter`
 * replaces OTLP (tests use an in-memory one and see each span as it ends). The SDK is loaded
 * only then, so a process without tracing does not pay for loading it at start.
 */
export async function startTracing(service: string, options: { env?: Record<string, string | undefined>; exporter?: SpanExporter } = {}): Promise<{ shutdown(): Promise<void> } | undefined> {
  const env = options.env ?? process.env;
  if (provider || (!options.exporter && !env.OTEL_EXPORTER_OTLP_ENDPOINT)) return undefined;
  // CommonJS packages, read through `default` (their module.exports): a bundle's chunk gives
  // nothing else, and Node gives that too.
  const [{ default: { NodeTracerProvider } }, { default: { BatchSpanProcessor, SimpleSpanProcessor } }, { default: { OTLPTraceExporter } }, { default: { Resource } }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const started = new NodeTracerProvider({ resource: new Resource({ 'service.name': env.OTEL_SERVICE_NAME ?? service }) });
  started.addSpanProcessor(options.exporter ? new SimpleSpanProcessor(options.exporter) : new BatchSpanProcessor(new OTLPTraceExporter()));
  // The global provider, AsyncLocalStorage for the active span, W3C trace context propagation.
  started.register();
  provider = started;
  return {
    shutdown: async () => {
      await started.shutdown();
      if (provider === started) provider = undefined;
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * A server span per HTTP request, child of the caller's `traceparent` if it sent one, active
 * for everything the request does (its fetches, its SQL). `requestId` names it in the trace as
 * in the log lines.
 */
export function traceRequests(service: string, requestIdOf: (locals: Record<string, unknown>) => string | undefined): RequestHandler {
  return (request, response, next) => {
    if (!tracingEnabled()) return next();
    const parent = propagation.extract(context.active(), request.headers);
    const path = `${request.baseUrl}${request.path === '/' ? '' : request.path}`;
    const span = passerelleTracer().startSpan(`${service} ${request.method} ${path}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'url.path': path },
    }, parent);
    response.on('finish', () => {
      const requestId = requestIdOf(response.locals);
      if (requestId) span.setAttribute('passerelle.request_id', requestId);
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** The active trace's id, for a log line to name it (undefined when tracing is off). */
export function activeTraceId(): string | undefined {
  return tracingEnabled() ? trace.getSpan(context.active())?.spanContext().traceId : undefined;
}

/** Adds the active trace context (`traceparent`) to outgoing headers. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  if (tracingEnabled()) propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** A client span (a SQL statement) of the active request: its caller ends it, with the error if it failed. */
export function clientSpan(name: string, attributes: Record<string, string>): { end(error?: unknown): void } {
  const span: Span = passerelleTracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  return {
    end(error?: unknown) {
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
    },
  };
}
