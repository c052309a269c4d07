import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed resolvers per subgraph, generated from the module SDL files. Mappers tie each GraphQL
// type to the row its store returns, so resolvers are checked against the real data shape:
// as in The Guild's server preset, each module's `schema.mappers.ts` exports `<Type>Mapper`,
// and this file collects them, so a new module needs no line here.
function mappersOf(subgraph: string): Record<string, string> {
  const modules = `subgraphs/${subgraph}/src/modules`;
  const mappers: Record<string, string> = {};
  for (const module of readdirSync(modules).sort()) {
    const file = `${modules}/${module}/schema.mappers.ts`;
    if (!existsSync(file)) continue;
    for (const [, type] of readFileSync(file, 'utf8').matchAll(/^export (?:type|interface) (\w+)Mapper\b/gm)) {
      mappers[type!] = `../modules/${module}/schema.mappers.js#${type}Mapper`;
    }
  }
  return mappers;
}

const resolverConfig = (contextType: string, subgraph: string) => ({
  federation: true,
  useTypeImports: true,
  useIndexSignature: true,
  contextType,
  mappers: mappersOf(subgraph),
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
      config: resolverConfig('../context.js#RegionContext', 'region'),
    },
    'subgraphs/ministry/src/generated/resolvers-types.ts': {
      schema: ['subgraphs/kit/schema/*.graphql', 'subgraphs/ministry/src/modules/**/schema.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: resolverConfig('../context.js#MinistryContext', 'ministry'),
    },
  },
};

export default config;
