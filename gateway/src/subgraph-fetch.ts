import { STATUS_CODES } from 'node:http';
import type { FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent } from 'undici';

export interface SubgraphRequestInit {
  method?: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export type SubgraphFetch = (url: string, init: SubgraphRequestInit) => Promise<FetcherResponse>;

/**
 * The gateway's HTTP client for its subgraphs: undici's request API over one keep-alive
 * connection pool per subgraph. On loopback a WHATWG fetch() cost ~0.3 ms of CPU per call in
 * streams and Request/Response objects, several times the request itself (bench/fetch-breakdown.ts
 * names the fetches a query makes). No Accept-Encoding is sent, so no subgraph compresses an
 * answer that only crosses the machine or the cluster's network. The answer is read whole (the
 * gateway parses it whole anyway) and handed to Apollo as the small response object it reads.
 */
export function subgraphFetcher(): { fetch: SubgraphFetch; close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };
  return {
    fetch: async (url, init) => {
      const answer = await agent.request({
        ...targetOf(url),
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers,
        body: init.body ?? null,
        signal: init.signal ?? null,
      });
      const text = await answer.body.text();
      const headers = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      return bufferedResponse(url, answer.statusCode, headers, { text });
    },
    close: () => agent.close(),
  };
}

/**
 * A response whose body is already read: as text (a subgraph's answer), or already parsed (one
 * answer out of a batch, batched-fetches.ts). Clones share the text, so each reader parses its
 * own copy of the answer (see shared-fetches.ts).
 */
export function bufferedResponse(url: string, status: number, headers: FetcherHeaders, body: { text: string } | { parsed: unknown }): FetcherResponse {
  const text = () => ('text' in body ? body.text : JSON.stringify(body.parsed));
  return {
    url,
    status,
    statusText: STATUS_CODES[status] ?? '',
    ok: status >= 200 && status < 300,
    redirected: false,
    bodyUsed: false,
    headers,
    text: async () => text(),
    json: async () => ('parsed' in body ? body.parsed : (JSON.parse(body.text) as unknown)),
    arrayBuffer: async () => new TextEncoder().encode(text()).buffer as ArrayBuffer,
    clone: () => bufferedResponse(url, status, headers, { text: text() }),
  };
}
