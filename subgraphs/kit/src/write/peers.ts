import { GraphQLError } from 'graphql';
import { ErrorCode, notFound } from '../errors/index.js';

/**
 * Where this subgraph reaches the other subgraphs whose entities it points at (a region's
 * session names a ministry Expert as trainer). Shared by reference: npm start fills it once
 * every subgraph is listening.
 */
export type PeerUrls = Partial<Record<string, string>>;

type PeerContext = { peers: PeerUrls; peerHeaders(): Promise<Record<string, string>> };

/**
 * One GraphQL operation on another subgraph, signed as this subgraph (`service`): its data, or
 * its first error re-raised with the peer's code and message (a CONFLICT stays a CONFLICT).
 * Undefined without a configured URL for that subgraph.
 */
export async function peerRequest<TData>(context: PeerContext, peer: string, query: string, variables: Record<string, unknown>): Promise<TData | undefined> {
  const url = context.peers[peer];
  if (!url) return undefined;
  let body: { data?: TData | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await context.peerHeaders()) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5000),
    });
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLError(`The ${peer} subgraph could not be reached; retry later.`, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
  const [error] = body.errors ?? [];
  if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, code: error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR } });
  if (!body.data) throw new GraphQLError(`The ${peer} subgraph did not answer; retry later.`, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  return body.data;
}

/**
 * Asks another subgraph's `_entities` for `references`, each with the fields `selections` names
 * for its type (`id` when none): the answers in the order asked, null for an unknown id.
 * Undefined without a configured URL for that subgraph.
 */
export async function peerEntities<TAnswer = { __typename: string; id: string }>(
  context: PeerContext,
  peer: string,
  references: { typename: string; id: string }[],
  selections: Partial<Record<string, string>> = {},
): Promise<(TAnswer | null)[] | undefined> {
  if (!context.peers[peer]) return undefined;
  if (references.length === 0) return [];
  const typenames = [...new Set(references.map((reference) => reference.typename))];
  const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ${typenames
    .map((typename) => `... on ${typename} { ${selections[typename] ?? 'id'} }`)
    .join(' ')} } }`;
  const data = await peerRequest<{ _entities?: (TAnswer | null)[] }>(context, peer, query, {
    representations: references.map(({ typename, id }) => ({ __typename: typename, id })),
  });
  if (!Array.isArray(data?._entities)) {
    throw new GraphQLError(`The ${peer} subgraph did not answer the check of the referenced ids; retry later.`, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
  return data._entities;
}

/**
 * Checks that entities owned by another subgraph exist before this one stores a reference to
 * them (null means unknown). Without a configured URL the check is skipped: the reference is
 * stored as given (the subgraph logs this at start).
 */
export async function requireEntities(
  context: PeerContext,
  peer: string,
  references: { typename: string; id: string; argumentName: string }[],
): Promise<void> {
  const found = await peerEntities(context, peer, references);
  if (!found) return;
  const missing = references.find((_, index) => found[index] == null);
  if (missing) throw notFound(missing.typename, missing.id, missing.argumentName);
}
