import { INTERNAL_IDENTITY_HEADER, rowScope, type Identity, type InternalSigner, type OwnedEntity, type PersonalDataRead, type RowScope } from '../auth/index.js';
import { ArgumentLoaders, StatementCounter, type Database } from '../db/index.js';
import { requestIdFor, type RequestTrail } from '../log/index.js';
import type { MutationContext, PeerUrls } from '../write/index.js';
import type { LoadersOf, SubgraphModule } from './define.js';

/** A subgraph: its name, its modules and its drizzle schema. Everything else derives from them. */
export interface SubgraphDefinition<TSchema extends Record<string, unknown>, TModules extends readonly SubgraphModule[]> {
  /** `region`, `ministry`: names the subgraph in logs, health and the supergraph. */
  name: string;
  modules: TModules;
  /** The subgraph's drizzle schema, so the per-request db knows its tables. */
  dbSchema: TSchema;
}

export function defineSubgraph<TSchema extends Record<string, unknown>, const TModules extends readonly SubgraphModule[]>(
  definition: SubgraphDefinition<TSchema, TModules>,
): SubgraphDefinition<TSchema, TModules> {
  return definition;
}

/** What every resolver of a subgraph can count on: typed db and every module's loaders. */
export interface SubgraphContext<TSchema extends Record<string, unknown>, TModules extends readonly SubgraphModule[]>
  extends MutationContext<TSchema> {
  /** Who is calling, as the gateway verified it (read from its internal token). */
  identity: Identity;
  /** Which region-owned rows the caller may read; the modules' `read` rules turn it into SQL. */
  scope: RowScope;
  /** Personal-data reads of this request, audited in one insert when the response is sent. */
  personalDataReads: PersonalDataRead[];
  db: Database<TSchema>;
  statements: StatementCounter;
  loaders: LoadersOf<TModules>;
  /** Every table the subgraph's modules own, by GraphQL type name, with its access rules. */
  owned: ReadonlyMap<string, OwnedEntity>;
  /** What the request's log line will say (server/request-log.ts). */
  trail: RequestTrail;
}

export type AnySubgraphContext = SubgraphContext<Record<string, unknown>, readonly SubgraphModule[]>;

export interface RequestOptions {
  requestId?: string | undefined;
  identity: Identity;
  /** Signs the `service` identity this subgraph presents to its peers. */
  signer?: InternalSigner | undefined;
  onStatement?: ((query: string) => void) | undefined;
  peers?: PeerUrls | undefined;
}

/** Every entity the modules own, by type name: one declaration per table, checked once at startup. */
export function ownedEntities(modules: readonly SubgraphModule[]): ReadonlyMap<string, OwnedEntity> {
  const owned = new Map<string, OwnedEntity>();
  for (const module of modules) {
    for (const entity of module.owns) {
      if (owned.has(entity.typename)) throw new Error(`Two modules declare that they own ${entity.typename}; one table has one owner.`);
      owned.set(entity.typename, entity);
    }
  }
  return owned;
}

/**
 * Builds a subgraph's request contexts. `databaseFor` comes from `requestDatabases`, made once
 * per subgraph; loaders are made fresh for each request, so nothing cached outlives it.
 */
export function contextFactory<TSchema extends Record<string, unknown>, TModules extends readonly SubgraphModule[]>(
  definition: SubgraphDefinition<TSchema, TModules>,
  databaseFor: (counter: StatementCounter) => Database<TSchema>,
) {
  const owned = ownedEntities(definition.modules);
  return (options: RequestOptions): SubgraphContext<TSchema, TModules> => {
    const statements = new StatementCounter(options.onStatement);
    // The gateway forwards its request id so one id follows a request across subgraphs.
    const requestId = requestIdFor(options.requestId);
    const db = databaseFor(statements);
    const scope = rowScope(options.identity);
    const loaders: Record<string, unknown> = {};
    const request = { db, identity: options.identity, scope, argumentLoaders: new ArgumentLoaders(), loaders };
    for (const module of definition.modules) {
      if (module.createLoaders) loaders[module.name] = module.createLoaders(request);
    }
    return {
      requestId,
      identity: options.identity,
      actor: options.identity.subject,
      scope,
      personalDataReads: [],
      db,
      statements,
      loaders: loaders as LoadersOf<TModules>,
      owned,
      trail: { errorCodes: [] },
      peers: options.peers ?? {},
      peerHeaders: async () => {
        if (!options.signer) throw new Error('This subgraph was started without an internal signer, so it cannot call its peers.');
        // The peer sees this subgraph, not the end user: a reference check is the subgraph's own read.
        const token = await options.signer.sign({ subject: `subgraph:${definition.name}`, role: 'service' });
        return { 'x-request-id': requestId, [INTERNAL_IDENTITY_HEADER]: token };
      },
    };
  };
}
