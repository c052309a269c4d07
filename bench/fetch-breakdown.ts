// At concurrency 1, what a gateway adds to the subgraph fetches a query needs. A recording proxy
// in front of each subgraph captures the fetches (body and identity header) a throw-away
// instance of our gateway makes for each query; then, request by request, the measured gateways
// answer the query and each captured fetch is sent straight to its subgraph. The table sets each
// gateway's p50 against the sum of the fetches' p50s (every fetch, as if they ran one after the
// other: a plan's parallel fetches make the sum an upper bound of what the gateway waits for).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_IDENTITY_HEADER } from '#kit/auth';
import type { BenchQuery } from './compare-queries.js';

export interface RecordedFetch {
  subgraph: string;
  url: string;
  body: string;
  identity: string;
}

/** A proxy per subgraph that records each request before forwarding it. */
export async function startRecordingProxies(subgraphUrls: Record<string, string>) {
  const recorded: RecordedFetch[] = [];
  const servers: Server[] = [];
  const proxyUrls: Record<string, string> = {};
  for (const [subgraph, url] of Object.entries(subgraphUrls)) {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const identity = String(request.headers[INTERNAL_IDENTITY_HEADER] ?? '');
        recorded.push({ subgraph, url, body, identity });
        void fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [INTERNAL_IDENTITY_HEADER]: identity }, body })
          .then(async (answer) => {
            response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            response.end(Buffer.from(await answer.arrayBuffer()));
          })
          .catch(() => response.writeHead(502).end());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    proxyUrls[subgraph] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return {
    proxyUrls,
    /** The fetches recorded since the last call. */
    take: () => recorded.splice(0),
    close: () => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))),
  };
}

const p50 = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

interface Answer {
  data?: unknown;
  errors?: unknown;
}

/** A recorded fetch as the table names it: a batch says how many queries it carried. */
const fetchLabel = (recorded: RecordedFetch) => {
  const parsed = recorded.body.startsWith('[') ? (JSON.parse(recorded.body) as unknown[]) : undefined;
  return parsed ? `${recorded.subgraph} (batch of ${parsed.length})` : recorded.subgraph;
};

async function timed(url: string, headers: Record<string, string>, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const answer = (await response.json()) as Answer | Answer[];
  const elapsed = performance.now() - started;
  // A batch (our gateway's parallel queries to one subgraph) answers with one answer per query.
  for (const one of Array.isArray(answer) ? answer : [answer]) {
    if (one.errors || !one.data) throw new Error(`${url}: ${JSON.stringify(one.errors)}`);
  }
  return elapsed;
}

/**
 * Prints, per query, the gateways' p50 at concurrency 1 against the sum of its fetches' p50s.
 * `record` sends a query through the recording gateway and returns the fetches it made.
 */
export async function printFetchBreakdown(options: {
  queries: BenchQuery[];
  gateways: { name: string; url: string }[];
  token: string;
  samples: number;
  record(query: BenchQuery): Promise<RecordedFetch[]>;
}): Promise<void> {
  const { queries, gateways, token, samples } = options;
  console.log(`\nConcurrency 1: p50 of ${samples} requests against the sum of the p50s of the subgraph fetches each query makes through our gateway (a batch is one fetch; fetches sent straight to the subgraphs)\n`);
  console.log(`| query | fetches | sum of fetch p50s ms | ${gateways.map((g) => `${g.name} p50 ms | ${g.name}/sum`).join(' | ')} |`);
  console.log(`|${'---|'.repeat(3 + gateways.length * 2)}`);
  for (const query of queries) {
    const fetches = await options.record(query);
    const body = JSON.stringify({ query: query.query, variables: query.variants[0] });
    const gatewayTimes = gateways.map(() => [] as number[]);
    const fetchTimes = fetches.map(() => [] as number[]);
    for (let run = -5; run < samples; run += 1) {
      for (const [index, gateway] of gateways.entries()) {
        const elapsed = await timed(gateway.url, { authorization: `Bearer ${token}` }, body);
        if (run >= 0) gatewayTimes[index]!.push(elapsed);
      }
      for (const [index, recorded] of fetches.entries()) {
        const elapsed = await timed(recorded.url, { [INTERNAL_IDENTITY_HEADER]: recorded.identity }, recorded.body);
        if (run >= 0) fetchTimes[index]!.push(elapsed);
      }
    }
    const sum = fetchTimes.reduce((total, times) => total + p50(times), 0);
    const perGateway = gateways.map((_, index) => `${p50(gatewayTimes[index]!).toFixed(2)} | ${(p50(gatewayTimes[index]!) / sum).toFixed(2)}`);
    console.log(`| ${query.name} | ${fetches.map(fetchLabel).join(', ')} | ${sum.toFixed(2)} | ${perGateway.join(' | ')} |`);
  }
}
