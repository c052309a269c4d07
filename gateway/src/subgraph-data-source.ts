import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { isClientSafe } from '#kit';

export interface GatewayContext {
  requestId: string;
  /** Unverified until the access-control work: the client's `x-passerelle-actor` header. */
  actor?: string | undefined;
}

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; argumentName?: unknown } }[];
}

/**
 * How the gateway talks to one subgraph. It forwards the request id, and when a subgraph
 * refuses a request (HTTP 4xx: e.g. a variable its scalar rejects) it passes the subgraph's
 * own client error on instead of an opaque "400: Bad Request" that names the subgraph's URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(readonly name: string, url: string) {
    // Node's own fetch rather than the default make-fetch-happen, which cost about a
    // millisecond of CPU per subgraph fetch here: its agent captures a stack trace on every
    // request to tell http from https (costly with source maps on, as under tsx), and it adds
    // npm-registry cache and retry layers the gateway turns off anyway. Both keep connections
    // alive. One difference: Node's fetch ignores the lower-case http_proxy/https_proxy/proxy
    // variables that make-fetch-happen honoured, so subgraph calls never go through a proxy.
    super({ url, fetcher: fetch });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context.actor) request.http?.headers.set('x-passerelle-actor', context.actor);
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
