import type { FetcherResponse } from '@apollo/utils.fetcher';
import { signedQuery } from './shared-fetches.js';
import { bufferedResponse, type SubgraphFetch, type SubgraphRequestInit } from './subgraph-fetch.js';

interface Waiting {
  body: string;
  init: SubgraphRequestInit;
  resolve(response: FetcherResponse): void;
  reject(error: unknown): void;
}

/**
 * The fetches one request makes to the same subgraph in the same turn of the event loop (a
 * plan's parallel branches: a session's trainer and its programme, both from the ministry) go
 * as one HTTP request: a JSON array of operations, which the subgraphs' Apollo Server runs
 * side by side with one context, and whose answer is the array of their answers. Only queries
 * of one request (same URL, request id and signed identity) share a batch; mutations, and
 * fetches carrying a trace context (each must stay under its own fetch span), go alone. It
 * wraps the in-flight sharing (shared-fetches.ts): identical batches of concurrent identical
 * requests are still sent once, and each request parses its own copy of the answer.
 */
export function batchingPerTurn(fetchOnce: SubgraphFetch): SubgraphFetch {
  const batches = new Map<string, Waiting[]>();

  const flush = (key: string, input: string) => {
    const waiting = batches.get(key)!;
    batches.delete(key);
    const [first] = waiting as [Waiting];
    if (waiting.length === 1) {
      fetchOnce(input, first.init).then(first.resolve, first.reject);
      return;
    }
    fetchOnce(input, { ...first.init, body: `[${waiting.map((entry) => entry.body).join(',')}]` }).then(
      async (response) => {
        const answers = await response.json().catch(() => undefined);
        if (!Array.isArray(answers) || answers.length !== waiting.length) {
          // Not a batch answer: each fetch sees the response as it came (an HTTP error, say).
          for (const entry of waiting) entry.resolve(response.clone());
          return;
        }
        // A batch has one HTTP status: a refused operation (a variable its scalar rejects, say)
        // makes it 4xx. Each operation without data takes that status, so the refusal reaches the
        // client as the subgraph's own client error, as it would alone; the others answer.
        for (const [index, entry] of waiting.entries()) {
          const answer = answers[index] as { data?: unknown } | null;
          entry.resolve(bufferedResponse(response.url, response.ok || answer?.data != null ? 200 : response.status, response.headers, { parsed: answer }));
        }
      },
      (error: unknown) => {
        for (const entry of waiting) entry.reject(error);
      },
    );
  };

  return (input, init) => {
    const query = signedQuery(init);
    const requestId = init.headers['x-request-id'];
    if (!query || requestId === undefined || init.headers.traceparent !== undefined) return fetchOnce(input, init);
    const { body, identity } = query;
    const key = `${input}\n${requestId}\n${identity}`;
    return new Promise<FetcherResponse>((resolve, reject) => {
      let waiting = batches.get(key);
      if (!waiting) {
        waiting = [];
        batches.set(key, waiting);
        setImmediate(() => flush(key, input));
      }
      waiting.push({ body, init, resolve, reject });
    });
  };
}
