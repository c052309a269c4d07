import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { isClientSafe } from '#kit/errors';
import { INTERNAL_IDENTITY_HEADER, type Identity, type InternalSigner } from '#kit/auth';
import type { Deadlines } from './deadlines.js';
import { injectTraceContext } from '#kit/log';
import { roundedMillis } from '#kit/server';
import type { RequestTrail } from './request-log.js';
import { batchingPerTurn } from './batched-fetches.js';
import { sharingInFlight } from './shared-fetches.js';
import type { SubgraphFetch, SubgraphRequestInit } from './subgraph-fetch.js';

export interface GatewayContext {
  requestId: string;
  /** What the request's log line will say (request-log.ts); each fetch adds its time. */
  trail: RequestTrail;
  /** The client's verified identity (the public role without a token). */
  identity: Identity;
  /** Aborts this request's subgraph fetches when its time is up (see deadlines.ts). */
  deadline?: AbortSignal;
}

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; argumentName?: unknown } }[];
}

/**
 * How the gateway talks to one subgraph. It sends the request id and the verified identity as
 * a signed internal token — and nothing the client sent: the gateway builds each
 * subgraph request's headers itself, so a client's own `x-passerelle-identity` (or any other
 * header) never reaches a subgraph. When a subgraph
 * refuses a request (HTTP 4xx: e.g. a variable its scalar rejects) it passes the subgraph's
 * own client error on instead of an opaque "400: Bad Request" that names the subgraph's URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(readonly name: string, url: string, private readonly signer: InternalSigner, deadlines: Deadlines, fetchOnce: SubgraphFetch) {
    // `fetchOnce` is the gateway's undici pool (subgraph-fetch.ts) rather than the default
    // make-fetch-happen, which cost about a millisecond of CPU per subgraph fetch here (its
    // agent captures a stack trace per request, and it adds npm-registry cache and retry layers
    // the gateway turns off anyway). Subgraph calls never go through an http_proxy.
    // Each fetch carries its request's deadline: when the request's time is up, the fetch is
    // aborted rather than left to finish for nobody.
    // Identical queries of one caller in flight at once share one fetch (shared-fetches.ts);
    // one request's parallel queries to this subgraph go as one batch (batched-fetches.ts).
    const send = batchingPerTurn(sharingInFlight((input, init) => fetchOnce(input, { ...init, signal: deadlines.signalFor(init.headers['x-request-id']) })));
    super({
      url,
      fetcher: (input, init) => send(String(input), { ...(init as SubgraphRequestInit), headers: (init?.headers ?? {}) as Record<string, string> }) as never,
    });
  }

  /**
   * A fetch that fails without a GraphQL answer becomes an error a client can act on, naming
   * the subgraph but not its URL: DEADLINE_EXCEEDED when the request's time ran out,
   * SUBGRAPH_UNAVAILABLE when the subgraph could not be reached. The other subgraphs' data
   * still answers. Mutations are sent once: nothing here retries.
   */
  override async process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0]) {
    const context = 'context' in options ? (options.context as Partial<GatewayContext>) : undefined;
    const began = performance.now();
    let ok = false;
    try {
      const answer = await super.process(options);
      ok = true;
      return answer;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (context?.deadline?.aborted) {
        throw new GraphQLError(`The ${this.name} subgraph did not answer before the request's deadline; the rest of the answer is complete. Retry, or ask for less.`, {
          extensions: { code: 'DEADLINE_EXCEEDED', subgraph: this.name },
        });
      }
      throw new GraphQLError(`The ${this.name} subgraph could not be reached; the rest of the answer is complete. Retry in a moment.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
      });
    } finally {
      context?.trail?.fetches.push({ subgraph: this.name, ms: roundedMillis(began), ok });
    }
  }

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.requestId) headers.set('x-request-id', context.requestId);
    // The fetch's span (Apollo's) is active here: the subgraph's spans become its children.
    injectTraceContext(headers);
    // The signer hands out a caller's token again while it has 30 s left: a fetch within the
    // request's deadline always lands inside the token's 60 s.
    // Without an identity (e.g. the gateway's own start-up) nothing is signed and the subgraph refuses.
    if (context.identity) headers.set(INTERNAL_IDENTITY_HEADER, await this.signer.sign(context.identity));
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as SubgraphErrorBody | undefined;
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    const code = first?.extensions?.code;
    if (first && typeof first.message === 'string' && isClientSafe(code)) {
      const argumentName = first.extensions?.argumentName;
      return new GraphQLError(first.message, { extensions: { code, ...(typeof argumentName === 'string' ? { argumentName } : {}) } });
    }
    // Not a client error: formatError logs this and shows the client a generic message.
    return new GraphQLError(`Subgraph "${this.name}" answered HTTP ${response.status} ${response.statusText}.`);
  }
}
