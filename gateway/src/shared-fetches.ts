import { INTERNAL_IDENTITY_HEADER } from '#kit/auth';
import type { SubgraphFetch, SubgraphRequestInit } from './subgraph-fetch.js';

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
    const query = signedQuery(init);
    if (!query) return fetchOnce(input, init);
    const key = `${input}\n${query.identity}\n${query.body}`;
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

/**
 * The body and signed identity of a fetch that is a query (not a mutation) sent as someone:
 * what may be shared with identical fetches or batched with others; undefined otherwise.
 */
export function signedQuery(init: SubgraphRequestInit): { body: string; identity: string } | undefined {
  const body = typeof init.body === 'string' ? init.body : undefined;
  const identity = init.headers[INTERNAL_IDENTITY_HEADER];
  // `"query":"mutation` cannot occur inside a JSON string value (its quotes would be escaped).
  if (body === undefined || identity === undefined || /"query":"\s*mutation\b/.test(body)) return undefined;
  return { body, identity };
}
