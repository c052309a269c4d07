import { INTERNAL_IDENTITY_HEADER } from '#kit/auth';
import type { SubgraphFetch } from './subgraph-fetch.js';

/**
 * Identical subgraph queries in flight at once (many people opening the same dashboard) are sent
 * once: later callers wait for the fetch already under way and each gets its own copy of the
 * answer. The key is the subgraph URL, the exact body and the caller's signed identity, so two
 * callers who may see different rows never share an answer (the identity token is per caller);
 * mutations are never shared. The shared fetch carries the first request's deadline.
 */
export function sharingInFlight(fetchOnce: SubgraphFetch): SubgraphFetch {
  const inFlight = new Map<string, ReturnType<SubgraphFetch>>();
  return (input, init) => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    const identity = init.headers[INTERNAL_IDENTITY_HEADER];
    // `"query":"mutation` cannot occur inside a JSON string value (its quotes would be escaped).
    if (body === undefined || identity === undefined || /"query":"\s*mutation\b/.test(body)) return fetchOnce(input, init);
    const key = `${input}\n${identity}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetchOnce(input, init);
      inFlight.set(key, shared);
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    // Every caller reads its own copy of the answer (clones of a read answer share its text).
    return shared.then((response) => response.clone());
  };
}
