import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import type { Router } from 'express';
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/buildSubgraphSchema.js';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { Identity, OwnedEntity, RowScope } from '../auth/index.js';
import type { ArgumentLoaders, Database } from '../db/index.js';
import type { Logger } from '../log/index.js';
import { auditedRowFor, type AuditEntryRow } from '../write/index.js';

/** What a module's loader factory gets, once per request. */
export interface LoaderRequest<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  identity: Identity;
  /** Which region-owned rows the caller may read: the module's read rules turn it into SQL. */
  scope: RowScope;
  /** One loader per distinct page/filter of a nested connection, shared by every parent. */
  argumentLoaders: ArgumentLoaders;
  /**
   * Every module's loaders of this request. Read it inside a batch function (never while the
   * factory runs), for a module whose rows batch through another's (a region's programmes).
   */
  loaders: Readonly<Record<string, unknown>>;
}

/** What a module's own HTTP routes get once, when the server starts (see `routes`). */
export interface RouteServices {
  /** The subgraph's database (the pool every request shares). */
  db: Database<any>;
  /** PASSERELLE_INTERNAL_SECRET: signs and checks the module's own short-lived URLs. */
  internalSecret: string;
  /** Where the subgraph keeps files (PASSERELLE_DATA_DIR). */
  dataDir: string;
  logger: Logger;
}

/** How a module declares itself; `defineModule` reads the SDL file once, at startup. */
export interface ModuleDefinition<TName extends string, TSchema extends Record<string, unknown>, TLoaders> {
  /** Camel-case concept name; the module's loaders are `context.loaders[name]`. */
  name: TName;
  /** The module's `schema.graphql`, beside its resolvers. */
  schema: URL;
  /** Typed with the subgraph's generated `Resolvers`; thin calls into the module's store. */
  resolvers: object;
  /** The module's DataLoaders, made fresh for each request. */
  loaders?: (request: LoaderRequest<TSchema>) => TLoaders;
  /** The tables the module owns, with who may read and change their rows (see auth/rows.ts). */
  owns?: readonly OwnedEntity[];
  /**
   * HTTP routes besides /graphql (a document's file bytes), mounted behind the same internal
   * identity check: only the gateway reaches them.
   */
  routes?: (router: Router, services: RouteServices) => void;
}

export interface SubgraphModule<TName extends string = string, TLoaders = unknown> {
  name: TName;
  typeDefs: DocumentNode;
  resolvers: GraphQLSchemaModule['resolvers'];
  // Loose on the database type: a subgraph lists modules written against its own schema.
  createLoaders?: (request: LoaderRequest<any>) => TLoaders;
  owns: readonly OwnedEntity[];
  routes?: (router: Router, services: RouteServices) => void;
}

export function defineModule<const TName extends string, TSchema extends Record<string, unknown>, TLoaders = undefined>(
  definition: ModuleDefinition<TName, TSchema, TLoaders>,
): SubgraphModule<TName, TLoaders> {
  return {
    name: definition.name,
    typeDefs: gql(readFileSync(definition.schema, 'utf8')),
    resolvers: definition.resolvers as GraphQLSchemaModule['resolvers'],
    ...(definition.loaders ? { createLoaders: definition.loaders } : {}),
    owns: definition.owns ?? [],
    ...(definition.routes ? { routes: definition.routes } : {}),
  };
}

/** `context.loaders` of a subgraph: each module's loaders under the module's name. */
export type LoadersOf<TModules extends readonly SubgraphModule[]> = {
  [M in TModules[number] as M['name']]: M extends SubgraphModule<string, infer TLoaders> ? TLoaders : never;
};

interface AuditReader {
  identity: Identity;
  owned: ReadonlyMap<string, OwnedEntity>;
}

const kitSchema = (file: string) => new URL(`../../schema/${file}`, import.meta.url);

/**
 * What every subgraph declares besides its own modules: the federation link, scalars and
 * shared value types; the access directives; the audit trail's types.
 */
export const kitModules: readonly SubgraphModule[] = [
  defineModule({ name: 'common', schema: kitSchema('common.graphql'), resolvers: { LocalDate: LocalDateResolver, DateTime: DateTimeResolver } }),
  defineModule({ name: 'access', schema: kitSchema('access.graphql'), resolvers: {} }),
  defineModule({
    name: 'audit',
    schema: kitSchema('audit.graphql'),
    resolvers: {
      JSON: JSONResolver,
      AuditEntry: {
        id: (entry: AuditEntryRow) => String(entry.id),
        before: (entry: AuditEntryRow, _args: unknown, context: AuditReader) => auditedRowFor(entry.before, context.owned.get(entry.targetType), context.identity),
        after: (entry: AuditEntryRow, _args: unknown, context: AuditReader) => auditedRowFor(entry.after, context.owned.get(entry.targetType), context.identity),
      },
    },
  }),
];
