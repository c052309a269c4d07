import { randomUUID } from 'node:crypto';
import type { Database } from './database.js';
import { StatementCounter } from './database.js';
import type { PeerUrls } from './peers.js';
import type { AuditRecord, Transaction } from './write/mutation.js';
import { INTERNAL_IDENTITY_HEADER, rowScope, type Identity, type InternalSigner, type PersonalDataRead, type RowScope } from './auth/index.js';

/** What every subgraph resolver can count on; subgraphs extend it with their typed loaders. */
export interface BaseContext<TSchema extends Record<string, unknown>> {
  requestId: string;
  /** Who is calling, as the gateway verified it (read from its internal token). */
  identity: Identity;
  /** Which region-owned rows the caller may see (see auth/policy.ts). */
  scope: RowScope;
  /** Personal-data reads of this request, audited in one insert when the response is sent. */
  personalDataReads: PersonalDataRead[];
  /** Recorded in the audit log: the verified identity's subject. */
  actor: string;
  db: Database<TSchema>;
  statements: StatementCounter;
  /**
   * Called inside every mutation's transaction for each audited row before it commits; throws
   * FORBIDDEN when the caller may not change that row (region subgraph: region-hr's region only).
   */
  authorizeChange?: (tx: Transaction<Record<string, unknown>>, record: AuditRecord) => Promise<void>;
  /** URLs of the other subgraphs, for checking references to their entities. */
  peers: PeerUrls;
  /** Headers for a call to a peer subgraph: the request id and a `service` identity token. */
  peerHeaders(): Promise<Record<string, string>>;
}

/** `databaseFor` comes from `requestDatabases`, made once per subgraph. */
export function createBaseContext<TSchema extends Record<string, unknown>>(
  databaseFor: (counter: StatementCounter) => Database<TSchema>,
  options: {
    requestId?: string | undefined;
    identity: Identity;
    /** Signs the `service` identity this subgraph presents to its peers. */
    signer?: InternalSigner | undefined;
    /** Names this subgraph in that service identity (`subgraph:region`). */
    subgraphName?: string | undefined;
    onStatement?: ((query: string) => void) | undefined;
    peers?: PeerUrls | undefined;
  },
): BaseContext<TSchema> {
  const statements = new StatementCounter(options.onStatement);
  // The gateway forwards its request id so one id follows a request across subgraphs.
  const requestId = options.requestId && /^[\w-]{1,100}$/.test(options.requestId) ? options.requestId : randomUUID();
  return {
    requestId,
    identity: options.identity,
    scope: rowScope(options.identity),
    personalDataReads: [],
    actor: options.identity.subject,
    db: databaseFor(statements),
    statements,
    peers: options.peers ?? {},
    peerHeaders: async () => {
      if (!options.signer) throw new Error('This subgraph was started without an internal signer, so it cannot call its peers.');
      // The peer sees this subgraph, not the end user: a reference check is the subgraph's own read.
      const token = await options.signer.sign({ subject: `subgraph:${options.subgraphName ?? 'unknown'}`, role: 'service' });
      return { 'x-request-id': requestId, [INTERNAL_IDENTITY_HEADER]: token };
    },
  };
}
