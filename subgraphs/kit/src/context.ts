import { randomUUID } from 'node:crypto';
import type { Database } from './database.js';
import { StatementCounter } from './database.js';
import type { PeerUrls } from './peers.js';

/** What every subgraph resolver can count on; subgraphs extend it with their typed loaders. */
export interface BaseContext<TSchema extends Record<string, unknown>> {
  requestId: string;
  /**
   * Who is calling, recorded in the audit log. For now the gateway forwards the client's
   * `x-passerelle-actor` header unverified; the access-control work replaces it with a
   * verified identity.
   */
  actor: string;
  db: Database<TSchema>;
  statements: StatementCounter;
  /** URLs of the other subgraphs, for checking references to their entities. */
  peers: PeerUrls;
}

/** `databaseFor` comes from `requestDatabases`, made once per subgraph. */
export function createBaseContext<TSchema extends Record<string, unknown>>(
  databaseFor: (counter: StatementCounter) => Database<TSchema>,
  options: {
    requestId?: string | undefined;
    actor?: string | undefined;
    onStatement?: ((query: string) => void) | undefined;
    peers?: PeerUrls | undefined;
  } = {},
): BaseContext<TSchema> {
  const statements = new StatementCounter(options.onStatement);
  return {
    // The gateway forwards its request id so one id follows a request across subgraphs.
    requestId: options.requestId && /^[\w-]{1,100}$/.test(options.requestId) ? options.requestId : randomUUID(),
    actor: options.actor?.trim().slice(0, 200) || 'anonymous',
    db: databaseFor(statements),
    statements,
    peers: options.peers ?? {},
  };
}
