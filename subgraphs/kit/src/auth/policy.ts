import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Identity, Role } from './identity.js';
import { mayReadPersonalData } from './rows.js';

/**
 * What each role may read or change. Two layers, one mechanism per layer:
 * - type/field level, declared in the SDL with `@allow(roles: [...])` and `@personalData`,
 *   enforced by `applyAccessDirectives` (wraps the resolvers once, at schema build);
 * - row level (which region's rows), declared by the module that owns the table (`owns`, see
 *   rows.ts) and enforced in SQL: reads AND the rule into every statement, so lists, lookups,
 *   `_entities`, nested relations, aliases and fragments all go through it; writes lock only
 *   rows the caller may change, so a foreign row answers exactly like a missing one.
 */
export function forbidden(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...(field ? { field } : {}) } });
}

export interface PersonalDataRead {
  /** The audit log's operation, from `@personalData(audit: "readStaffContact")`. */
  operation: string;
  targetType: string;
  targetId: string;
}

/** What the access layer needs from a request context. */
export interface AccessContext {
  identity: Identity;
  /** Collects personal-data reads; the server writes them to the audit log once per request. */
  personalDataReads?: PersonalDataRead[];
}

interface ScopedRow {
  id?: unknown;
  regionCode?: unknown;
}

/**
 * Wraps every field carrying `@allow` (on itself or its type) or `@personalData`. A denied
 * field resolves to an error FORBIDDEN naming it (null on a nullable field), so the rest of
 * the object still answers.
 */
export function applyAccessDirectives(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const type = schema.getType(typeName);
      const fieldAllow = getDirective(schema, fieldConfig, 'allow')?.[0] as { roles: string[] } | undefined;
      const typeAllow = type ? (getDirective(schema, type, 'allow')?.[0] as { roles: string[] } | undefined) : undefined;
      const allow = fieldAllow ?? typeAllow;
      const personal = getDirective(schema, fieldConfig, 'personalData')?.[0] as { audit: string } | undefined;
      if (!allow && !personal) return fieldConfig;
      const roles = new Set<string>(allow?.roles ?? []);
      const resolve = fieldConfig.resolve ?? defaultFieldResolver;
      const label = `${typeName}.${fieldName}`;
      return {
        ...fieldConfig,
        resolve: (source, args, context: AccessContext, info) => {
          const { identity } = context;
          if (identity.role !== 'service') {
            if (allow && !roles.has(identity.role)) {
              const verb = typeName === 'Mutation' ? 'call' : 'read';
              throw forbidden(`Your role (${identity.role}) may not ${verb} ${label}.`, label);
            }
            if (personal) {
              const row = source as ScopedRow;
              if (!mayReadPersonalData(identity, row.regionCode)) {
                throw forbidden(`${label} is personal data: only region-hr of the same region may read it.`, label);
              }
              context.personalDataReads?.push({ operation: personal.audit, targetType: typeName, targetId: String(row.id) });
            }
          }
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

export type { Role };
