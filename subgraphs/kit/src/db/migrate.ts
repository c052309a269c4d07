import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { writeReferenceData } from './reference.js';

// SQL every subgraph's database needs beyond its generated migrations, written once here:
// f_unaccent before them (the search indexes are built over it), the audit rules after (they
// need the audit table). Both are idempotent, so every start runs them.
const sharedSql = (file: string) => readFileSync(new URL(`../../sql/${file}`, import.meta.url), 'utf8');
const beforeMigrations = [sharedSql('unaccent.sql')];
const afterMigrations = [sharedSql('audit-append-only.sql'), sharedSql('audit-chain.sql')];

/**
 * Applies a subgraph's drizzle migrations, then the kit's shared SQL and reference rows. An
 * advisory lock (held on the single connection) makes concurrent starts of the same subgraph
 * wait for each other instead of racing.
 */
export async function migrateDatabase(url: string, migrationsFolder: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(hashtext('passerelle:migrate'))`;
    for (const statements of beforeMigrations) await sql.unsafe(statements);
    await migrate(drizzle(sql), { migrationsFolder });
    for (const statements of afterMigrations) await sql.unsafe(statements);
    await writeReferenceData(sql);
    await sql`select pg_advisory_unlock(hashtext('passerelle:migrate'))`;
  } finally {
    await sql.end();
  }
}
