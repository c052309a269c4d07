import type { CodegenConfig } from '@graphql-codegen/cli';
import { ministryMappers } from './subgraphs/ministry/codegen.mappers.js';
import { regionMappers } from './subgraphs/region/codegen.mappers.js';

// Typed resolvers per subgraph, generated from the module SDL files. `mappers` tie each GraphQL
// type to the row its store returns, so resolvers are checked against the real data shape.
const resolverConfig = (contextType: string, mappers: Record<string, string>) => ({
  federation: true,
  useTypeImports: true,
  useIndexSignature: true,
  contextType,
  mappers,
  enumsAsTypes: true,
  scalars: { LocalDate: 'string', DateTime: 'Date | string', JSON: 'unknown' },
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
});

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/region/src/generated/resolvers-types.ts': {
      schema: ['subgraphs/kit/schema/*.graphql', 'subgraphs/region/src/modules/**/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: resolverConfig('../context.js#RegionContext', regionMappers),
    },
    'subgraphs/ministry/src/generated/resolvers-types.ts': {
      schema: ['subgraphs/kit/schema/*.graphql', 'subgraphs/ministry/src/modules/**/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: resolverConfig('../context.js#MinistryContext', ministryMappers),
    },
  },
};

export default config;
