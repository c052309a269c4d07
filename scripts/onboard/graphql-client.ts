import { readFileSync } from 'node:fs';
import type { BundleFile } from './read-bundle.js';

/** A refused operation: the gateway's coded error, with the bundle line that caused it. */
export class WriteRefused extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/**
 * The onboarding importer writes through the gateway, as any client does: the same mutations,
 * rules, versions, idempotency and audit; nothing reaches a database directly.
 */
export class GatewayClient {
  constructor(private readonly url: string, private readonly token: string) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    const [error] = body.errors ?? [];
    if (error) throw new WriteRefused(error.message, error.extensions?.code ?? 'UNKNOWN');
    return body.data as T;
  }

  /** Every node of a connection, page by page (100 at a time, the API's largest page). */
  async all<T>(query: string, variables: Record<string, unknown>, connectionOf: (data: any) => { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (;;) {
      const connection = connectionOf(await this.request(query, { ...variables, after }));
      nodes.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage) return nodes;
      after = connection.pageInfo.endCursor;
    }
  }

  /** PUTs a document version's file through the gateway's /files route. */
  async upload(documentId: string, file: BundleFile): Promise<void> {
    const target = new URL(`/files/documents/${documentId}?fileName=${encodeURIComponent(file.name)}`, this.url);
    const response = await fetch(target, {
      method: 'PUT',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': file.mediaType, 'x-content-sha256': file.sha256 },
      body: readFileSync(file.path),
    });
    if (response.status !== 201) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string } }[] };
      throw new WriteRefused(body.errors?.[0]?.message ?? `upload answered ${response.status}`, body.errors?.[0]?.extensions?.code ?? 'UNKNOWN');
    }
  }
}
