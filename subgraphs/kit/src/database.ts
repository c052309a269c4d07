import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';

export type Sql = postgres.Sql;

export interface ConnectOptions {
  /** Pool size; each subgraph process keeps its own pool. */
  max?: number;
  /** Application name shown in pg_stat_activity, so operators can tell the subgraphs apart. */
  applicationName?: string;
}

export function connect(url: string, options: ConnectOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'passerelle' },
  });
}

/** Counts the SQL statements one request issues: the N+1 guard tests and benchmarks read it. */
export class StatementCounter {
  count = 0;
  constructor(private readonly onStatement?: (query: string) => void) {}
  record(query: string): void {
    this.count += 1;
    this.onStatement?.(query);
  }
}

/**
 * A drizzle database bound to one request. Creating it is cheap (it wraps the shared pool);
 * doing it per request lets the logger attribute every statement to the request's counter.
 */
export function requestDatabase<TSchema extends Record<string, unknown>>(
  sql: Sql,
  schema: TSchema,
  counter: StatementCounter,
): PostgresJsDatabase<TSchema> {
  return drizzle(sql, { schema, casing: 'snake_case', logger: { logQuery: (query) => counter.record(query) } });
}

export type Database<TSchema extends Record<string, unknown>> = PostgresJsDatabase<TSchema>;
