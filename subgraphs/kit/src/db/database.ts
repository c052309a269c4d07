import postgres from 'postgres';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/index.js';
import { tracingEnabled } from '../log/index.js';
import { tracedClient } from './sql-spans.js';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle, PostgresJsDatabase, PostgresJsSession } from 'drizzle-orm/postgres-js';

export type Sql = postgres.Sql;

export interface ConnectOptions {
  /** Pool size; each subgraph process keeps its own pool. */
  max?: number;
  /** Application name shown in pg_stat_activity, so operators can tell the subgraphs apart. */
  applicationName?: string;
  /**
   * PostgreSQL cancels any statement of this pool running longer (a lock waited on, a plan gone
   * wrong): a request never holds a connection past it. Default 5 s; 0 turns it off.
   */
  statementTimeoutMillis?: number;
  /**
   * Whether fixed statements may run as prepared statements (requestDatabases); off for a
   * connection pooler in transaction mode that does not carry them across (PgBouncer before 1.21,
   * or without max_prepared_statements). Default on.
   */
  preparedStatements?: boolean;
}

export const DEFAULT_STATEMENT_TIMEOUT_MILLIS = 5000;

export function connect(url: string, options: ConnectOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    // postgres.js prepares a statement only if the pool allows it and the query asks for it.
    prepare: options.preparedStatements ?? true,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName ?? 'passerelle',
      statement_timeout: options.statementTimeoutMillis ?? DEFAULT_STATEMENT_TIMEOUT_MILLIS,
    },
  });
}

/** Rows one request may load through lists: far above any page the limits let through. */
export const DEFAULT_MAX_ROWS_PER_REQUEST = 20_000;

/**
 * Counts the SQL statements one request issues (the N+1 guard tests and benchmarks read it) and
 * the rows its lists load, refusing to go past the request's row budget.
 */
export class StatementCounter {
  count = 0;
  rows = 0;
  constructor(
    private readonly onStatement?: (query: string) => void,
    private readonly maxRows = DEFAULT_MAX_ROWS_PER_REQUEST,
  ) {}

  record(query: string): void {
    this.count += 1;
    this.onStatement?.(query);
  }

  chargeRows(loaded: number): void {
    this.rows += loaded;
    if (this.rows > this.maxRows) {
      throw new GraphQLError(`This request would load more than ${this.maxRows} rows; ask for smaller pages or fewer nested lists.`, {
        extensions: { code: ErrorCode.ROW_LIMIT_EXCEEDED, limit: this.maxRows },
      });
    }
  }
}

/** The counter of the request a db belongs to (set by requestDatabases). */
export function countersOf(db: object): StatementCounter | undefined {
  return (db as { $statements?: StatementCounter }).$statements;
}

/**
 * Makes the drizzle database of each request of one subgraph; call it once per pool.
 *
 * `drizzle(sql, { schema })` derives the relational config of every table (running each table's
 * index and constraint builders) and starts a new dialect with an empty column-name cache on every
 * call: per request, that cost more CPU than building and running the request's SQL. So all of it
 * is built once here, and a request only gets a session of its own, whose logger records into the
 * request's counter. Counting stays exact however many requests are in flight, as it was.
 */
export function requestDatabases<TSchema extends Record<string, unknown>>(
  sql: Sql,
  schema: TSchema,
): (counter: StatementCounter) => Database<TSchema> {
  // drizzle() also installs its pass-through date/json parsers on the client, which the request
  // sessions below rely on; the relational config is taken from it as drizzle built it.
  const { _: shared } = drizzle(sql, { schema, casing: 'snake_case' });
  const relations = { fullSchema: shared.fullSchema, schema: shared.schema!, tableNamesMap: shared.tableNamesMap };
  const dialect = new PgDialect({ casing: 'snake_case' });
  // With tracing on, each statement is a span (sql-spans.ts); the client is wrapped once here.
  const traced = tracingEnabled() ? tracedClient(sql) : sql;
  const client = preparingFixedStatements(traced);
  return (counter) => {
    const logger = { logQuery: (query: string) => counter.record(query) };
    const session = new PostgresJsSession(client, dialect, relations, { logger });
    // `$client` as drizzle() sets it, so a request's db is the same object drizzle() made.
    return Object.assign(new PostgresJsDatabase<TSchema>(dialect, session, relations), { $client: sql, $statements: counter });
  };
}

/**
 * The client of a request's reads: statements whose text is fixed — no list of parameters whose
 * length varies with the request, as drizzle writes `in ($1, $2, …)` — run as prepared
 * statements. postgres.js describes every other statement with parameters before it runs it
 * (Parse and Describe, a wait, then Bind and Execute): two round trips and two wake-ups of the
 * PostgreSQL backend where a prepared statement needs one, and a parse and plan every time. Lists
 * stay unnamed, so a connection keeps one prepared statement per statement the code can write,
 * not one per list length. Transactions (the writes) keep their own client, unprepared.
 */
function preparingFixedStatements(client: Sql): Sql {
  // drizzle's `in ($1, $2, …)`, an `array[$1, $2, …]` and the rows of a multi-row insert grow
  // with the data; a keyset's `(a, b) > ($1, $2)` does not, and is prepared.
  const listOfParameters = /\bin \(\$\d+,|\barray\[\$\d+,|\), \(\$\d+/i;
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'unsafe') return Reflect.get(target, property, receiver);
      return (query: string, parameters?: unknown[], options?: { prepare?: boolean }) =>
        target.unsafe(query, parameters as never, { ...options, prepare: Boolean(options?.prepare) || !listOfParameters.test(query) });
    },
  });
}

export type Database<TSchema extends Record<string, unknown>> = PostgresJsDatabase<TSchema>;

/** The URL of another database on the same server as `serverUrl` (same host, port, user). */
export function urlOfDatabase(serverUrl: string, database: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
