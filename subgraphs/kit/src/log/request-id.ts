import { randomUUID } from 'node:crypto';

/** What an incoming `x-request-id` may look like to be kept: a caller's own id, not a payload. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The request's id: the caller's `x-request-id` when it is well formed (so a client or a proxy
 * in front can follow its request through every log line), otherwise a new UUID. `taken`
 * refuses an id already in flight: two requests never share one.
 */
export function requestIdFor(incoming: string | undefined, taken: (id: string) => boolean = () => false): string {
  return incoming && WELL_FORMED.test(incoming) && !taken(incoming) ? incoming : randomUUID();
}
