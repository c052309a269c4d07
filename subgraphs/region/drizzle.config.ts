import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './subgraphs/region/src/db/schema.ts',
  out: './subgraphs/region/src/db/migrations',
  casing: 'snake_case',
});
