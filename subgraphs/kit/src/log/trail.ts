/**
 * What a request's log line and metrics say about its GraphQL side, filled in as it goes (the
 * request context holds it; Apollo hands plugins a shallow copy of the context, so this object
 * is the request's own). The gateway's trail adds its cost and subgraph fetches.
 */
export interface RequestTrail {
  operation?: string | undefined;
  type?: string | undefined;
  /** The codes of the answer's errors (for the metrics). */
  errorCodes: string[];
  /** What went wrong without failing the request (a compensation that did not go through), for its log line. */
  warnings?: string[];
}
