import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';

/**
 * Applies a subgraph's drizzle migrations. An advisory lock (held on the single connection)
 * makes concurrent starts of the same subgraph wait for each other instead of racing.
 */
export async function migrateDatabase(url: string, migrationsFolder: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(hashtext('passerelle:migrate'))`;
    await migrate(drizzle(sql), { migrationsFolder });
    await sql`select pg_advisory_unlock(hashtext('passerelle:migrate'))`;
  } finally {
    await sql.end();
  }
}
