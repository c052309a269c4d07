/**
 * Every request's deadline at the gateway, by request id. The request id travels in the
 * `x-request-id` header of each subgraph fetch, so the fetcher finds the signal that aborts
 * the fetch when the request's time is up, without reaching into the gateway's internals.
 */
export class Deadlines {
  private readonly signals = new Map<string, AbortSignal>();

  constructor(readonly millis: number) {}

  start(requestId: string): AbortSignal {
    const signal = AbortSignal.timeout(this.millis);
    this.signals.set(requestId, signal);
    return signal;
  }

  end(requestId: string): void {
    this.signals.delete(requestId);
  }

  /** A request with this id is running (a caller's id is not reused while it is). */
  inFlight(requestId: string): boolean {
    return this.signals.has(requestId);
  }

  signalFor(requestId: string | undefined): AbortSignal | undefined {
    return requestId ? this.signals.get(requestId) : undefined;
  }
}
