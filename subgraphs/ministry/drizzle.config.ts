import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './subgraphs/ministry/src/db/schema.ts',
  out: './subgraphs/ministry/src/db/migrations',
  casing: 'snake_case',
});
