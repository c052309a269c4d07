import { createRequire } from 'node:module';
import { Supergraph } from '@apollo/federation-internals';
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import type { GraphQLFieldConfig, GraphQLSchema } from 'graphql';

// Every schema here is built by Apollo's CommonJS code: graphql-js is taken from the same build,
// so that a loader resolving `graphql` to its ESM build cannot make two realms of it.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

interface FieldRule {
  roles?: string[];
  personalData?: boolean;
}

/** Who may read each field (or call each mutation), from the subgraphs' access directives. */
function fieldRules(subgraphSchemas: GraphQLSchema[]): Map<string, FieldRule> {
  const rules = new Map<string, FieldRule>();
  for (const schema of subgraphSchemas) {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!graphql.isObjectType(type) || type.name.startsWith('__')) continue;
      const typeAllow = getDirective(schema, type, 'allow')?.[0] as { roles: string[] } | undefined;
      for (const field of Object.values(type.getFields())) {
        const allow = (getDirective(schema, field, 'allow')?.[0] as { roles: string[] } | undefined) ?? typeAllow;
        const personal = getDirective(schema, field, 'personalData')?.[0] !== undefined;
        const key = `${type.name}.${field.name}`;
        const known = rules.get(key) ?? {};
        rules.set(key, { roles: allow?.roles ?? known.roles, personalData: personal || known.personalData });
      }
    }
  }
  return rules;
}

function accessNote(typeName: string, rule: FieldRule | undefined): string {
  if (rule?.personalData) return 'Personal data: readable only by region-hr of the same region; every read is audited.';
  const verb = typeName === 'Mutation' ? 'Callable by' : 'Readable by';
  if (!rule?.roles) return typeName === 'Mutation' ? 'Callable by every role.' : 'Readable by every role (rows may still be filtered by region).';
  return `${verb}: ${rule.roles.join(', ')}.`;
}

/**
 * The schema clients see (`schema/api.graphql`): the supergraph's API schema (no federation
 * internals, nothing `@inaccessible`), descriptions kept, each field's roles added to its
 * description, sorted so that a diff shows only real changes.
 */
export function printApiSchema(supergraphSdl: string, subgraphSchemas: GraphQLSchema[]): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema() as unknown as GraphQLSchema;
  const rules = fieldRules(subgraphSchemas);
  const described = mapSchema(api, {
    [MapperKind.OBJECT_FIELD]: (field: GraphQLFieldConfig<unknown, unknown>, fieldName: string, typeName: string) => {
      if (typeName.startsWith('__')) return field;
      const note = accessNote(typeName, rules.get(`${typeName}.${fieldName}`));
      return { ...field, description: field.description ? `${field.description}\n\n${note}` : note };
    },
  });
  return `${graphql.printSchema(graphql.lexicographicSortSchema(described)).trim()}\n`;
}
