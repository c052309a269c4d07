import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL error as the gateway sends it: always a code, often the argument at fault. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; argumentName?: string; field?: string };
}

export interface Answer<TData> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
}

/** The hash a persisted-documents manifest files an operation under. */
type Persisted = { __meta__?: { hash?: string } };

/**
 * Runs a typed operation against the gateway. With `trusted: true` only the document's hash is
 * sent (the gateway looks the operation up in its trusted-documents manifest).
 */
export async function run<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { token?: string; trusted?: boolean } = {},
): Promise<Answer<TData>> {
  const hash = (document as Persisted).__meta__?.hash;
  const body = options.trusted && hash ? { documentId: hash, variables } : { query: print(document), variables };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer<TData>;
}
