import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import type { Role } from '#kit/auth';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '#kit/db';
import { DEFAULT_LIMITS, type OperationLimits } from './config.js';
import type { GatewayContext } from './subgraph-data-source.js';

// graphql-js functions run on Apollo's schema and documents, which come from graphql's CommonJS
// build; under an ESM loader that may resolve `graphql` to its .mjs build, the two would be two
// "realms". Requiring it keeps one graphql whatever loads this file.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Fields an operation may expand to, fragments spread: a fragment bomb stops here, quickly. */
const MAX_QUERY_NODES = 10_000;

/** What a list costs when its size is not bounded by an argument (a partnership's commitments). */
const ASSUMED_LIST_SIZE = 10;

/**
 * Every object resolved costs 1 (a row, or a reference another subgraph resolves: an entity
 * fetch), a count costs 1 (a statement), other scalars nothing; a connection multiplies what is
 * under it by its `first` (or the default page size), a plain list by ASSUMED_LIST_SIZE. So
 * `experts(first: 20) { trainingSessions(first: 20) { … } }` costs 20 × 20 × what each session
 * asks for, before any of it runs.
 */
const slicingEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const unwrapped = graphql.getNullableType(field.type);
  const named = graphql.getNamedType(field.type);
  const own = graphql.isLeafType(named) ? (field.name === 'totalCount' ? 1 : 0) : 1;
  if (named.name.endsWith('Connection')) {
    // A `first` above the cap is refused by the subgraph, naming the argument: count the cap.
    const first = Math.min(typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    return own + Math.max(first, 1) * childComplexity;
  }
  // A connection's edges and nodes are its page, already counted by the connection's `first`.
  if (type.name.endsWith('Connection')) return own + childComplexity;
  if (graphql.isListType(unwrapped)) return own + ASSUMED_LIST_SIZE * childComplexity;
  return own + childComplexity;
};

export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [slicingEstimator],
    maxQueryNodes: MAX_QUERY_NODES,
  });
}

/** graphql-armor's rules either report their rejection or throw it, depending on the rule. */
function rejectionOf(run: () => readonly Error[]): Error | undefined {
  try {
    return run()[0];
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
}

function operationNotFound(document: DocumentNode, operationName: string | undefined) {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === 'OperationDefinition' && definition.name ? [definition.name.value] : []);
  const message = operationName === undefined
    ? `The document holds ${names.length || 'several'} operations: say which to run with \`operationName\` (one of ${names.join(', ') || 'their names'}).`
    : `\`operationName\` "${operationName}" names no operation of the document; use one of ${names.join(', ') || '(none named)'}.`;
  return new graphql.GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', argumentName: 'operationName', http: { status: 400 } } });
}

const MAX_CACHED_VARIABLES_LENGTH = 1024;

interface Refusal {
  code: string;
  message: string;
  found: number;
  limit: number;
}

/** A refused operation: HTTP 400, a code per limit, the limit, what was found and what to do. */
function refusal({ code, message, found, limit }: Refusal) {
  return new graphql.GraphQLError(message, { extensions: { code, ...(Number.isFinite(found) ? { found } : {}), limit, http: { status: 400 } } });
}

const structuralChecks: { code: string; limit: (limits: OperationLimits) => number; rule: (n: number) => ValidationRule; advice: string }[] = [
  { code: 'QUERY_TOO_DEEP', limit: (l) => l.maxDepth, rule: (n) => maxDepthRule({ n, flattenFragments: true, exposeLimits: true }), advice: 'ask for fewer nested levels, and follow a relation in a second query' },
  { code: 'TOO_MANY_ALIASES', limit: (l) => l.maxAliases, rule: (n) => maxAliasesRule({ n, exposeLimits: true }), advice: 'use fewer aliases, or a filter that returns the rows in one list' },
  { code: 'TOO_MANY_DIRECTIVES', limit: (l) => l.maxDirectives, rule: (n) => maxDirectivesRule({ n, exposeLimits: true }), advice: 'use fewer directives' },
];

/**
 * Depth, aliases and directives (graphql-armor's rules), then the cost against the caller's
 * role budget (graphql-query-complexity). Tokens are bounded earlier, by the parser
 * (`parseOptions.maxTokens`, see tokenLimitMessage). Every answer carries `extensions.cost`.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<GatewayContext> {
  const rules = structuralChecks.map((check) => ({ ...check, limit: check.limit(limits), rule: check.rule(check.limit(limits)) }));
  // Apollo hands the same DocumentNode for the same query text (its document cache), so each
  // verdict is computed once per document — the depth, alias and directive walks only depend
  // on it — and each cost once per document and variables: together they were ~11 % of the
  // gateway's CPU, walking every request's document again.
  const structuralVerdicts = new WeakMap<DocumentNode, Refusal | null>();
  const costs = new WeakMap<DocumentNode, LRUCache<string, number | Refusal>>();
  const structuralRefusal = (schema: GraphQLSchema, document: DocumentNode): Refusal | null => {
    for (const check of rules) {
      const error = rejectionOf(() => graphql.validate(schema, document, [check.rule]));
      if (error) {
        const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
        return { code: check.code, message: `${error.message.replace(/^Syntax Error: /, '')} Refused before running: ${check.advice}.`, found, limit: check.limit };
      }
    }
    return null;
  };
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | null | undefined): number | Refusal => {
    try {
      return estimateCost(schema, document, variables, operationName);
    } catch (error) {
      // graphql-query-complexity stops expanding at MAX_QUERY_NODES (fragments spread again and again).
      if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
        return { code: 'QUERY_TOO_COMPLEX', message: `This query expands to more than ${MAX_QUERY_NODES} fields once its fragments are spread; spread each fragment fewer times.`, found: Number.NaN, limit: MAX_QUERY_NODES };
      }
      // The estimate reads the variables before Apollo coerces them: a missing or mistyped one
      // is the caller's to fix, as Apollo itself would say, not an internal error.
      const variable = error instanceof graphql.GraphQLError ? /^Variable "\$(\w+)"/.exec(error.message)?.[1] : undefined;
      if (variable) {
        throw new graphql.GraphQLError(error instanceof Error ? error.message : String(error), {
          extensions: { code: 'BAD_USER_INPUT', argumentName: `$${variable}`, http: { status: 400 } },
        });
      }
      throw error;
    }
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operation, operationName, contextValue }) {
          // Apollo leaves operation selection to the gateway, which fails it as an internal error.
          if (!operation) throw operationNotFound(document, request.operationName ?? undefined);
          if (operation.operation === 'subscription') {
            throw new graphql.GraphQLError('Subscriptions are not supported by this graph; send a query or a mutation.', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          let verdict = structuralVerdicts.get(document);
          if (verdict === undefined) structuralVerdicts.set(document, (verdict = structuralRefusal(schema, document)));
          if (verdict) throw refusal(verdict);
          let costsOfDocument = costs.get(document);
          if (!costsOfDocument) costs.set(document, (costsOfDocument = new LRUCache({ max: 256 })));
          const key = `${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let cost = costsOfDocument.get(key);
          if (cost === undefined) {
            cost = costOf(schema, document, request.variables ?? {}, operationName);
            // Page sizes and filters make short keys; large variables (inputs, or padding sent to
            // fill the cache) are costed every time rather than kept.
            if (key.length <= MAX_CACHED_VARIABLES_LENGTH) costsOfDocument.set(key, cost);
          }
          if (typeof cost !== 'number') throw refusal(cost);
          contextValue.trail.cost = cost;
          const budget = limits.costBudgets[contextValue.identity.role];
          if (cost > budget) {
            throw refusal({
              code: 'QUERY_TOO_COMPLEX',
              message: `This query would cost ${cost}, above the ${budget} allowed for your role (${contextValue.identity.role}). ` +
                'Each list multiplies what is under it by its `first` (default ' + DEFAULT_PAGE_SIZE + '): ask for smaller pages, fewer nested lists, or split the query.',
              found: cost,
              limit: budget,
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          const cost = contextValue.trail.cost;
          if (response.body.kind !== 'single' || cost === undefined) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

/** graphql-js's own message when the parser stops at `maxTokens`, as the client should read it. */
export function tokenLimitMessage(message: string, limits: OperationLimits): string | undefined {
  if (!/Document contains more tha[nt] \d+ tokens/.test(message)) return undefined;
  return `The document has more than ${limits.maxTokens} tokens (names, punctuation, values); refused before parsing it all. Send a shorter query: fewer fields, aliases or inline values (use variables).`;
}
