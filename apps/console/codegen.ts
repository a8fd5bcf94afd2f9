import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The console's types come from the api's schema: `npm run codegen` reads every graphql() document in the console,
 * checks it against schema.gql (an unknown field is an error) and writes the typed documents to src/gql.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
