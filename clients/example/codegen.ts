import type { CodegenConfig } from '@graphql-codegen/cli';

// The example client's operations, typed against the schema clients see (schema/api.graphql)
// with graphql-codegen's client preset. `persistedDocuments` also writes the manifest of
// trusted documents the gateway can load (TRUSTED_DOCUMENTS_MANIFESTS).
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/api.graphql',
  documents: ['clients/example/src/**/*.ts', '!clients/example/src/gql/**'],
  generates: {
    'clients/example/src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false, scalars: { LocalDate: 'string', DateTime: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
