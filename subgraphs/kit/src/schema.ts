import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/buildSubgraphSchema.js';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

export type SubgraphModule = GraphQLSchemaModule & { typeDefs: DocumentNode };

/** A module is its schema file plus its resolvers; the SDL stays a .graphql file beside them. */
export function defineModule(schemaFile: URL, resolvers: object): SubgraphModule {
  return { typeDefs: gql(readFileSync(schemaFile, 'utf8')), resolvers: resolvers as GraphQLSchemaModule['resolvers'] };
}

/** The federation link, scalars and shared value types, identical in every subgraph. */
export const commonModule: SubgraphModule = defineModule(new URL('../schema/common.graphql', import.meta.url), {
  LocalDate: LocalDateResolver,
  DateTime: DateTimeResolver,
});

/** The audit trail's types, shared by every subgraph; each adds its own `…AuditLog` field. */
export const auditModule: SubgraphModule = defineModule(new URL('../schema/audit.graphql', import.meta.url), {
  JSON: JSONResolver,
});

/** The access directives (`@allow`, `@personalData`), declared in every subgraph. */
export const accessModule: SubgraphModule = defineModule(new URL('../schema/access.graphql', import.meta.url), {});
