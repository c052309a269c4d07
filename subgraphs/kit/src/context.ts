import { randomUUID } from 'node:crypto';
import type { Database, Sql } from './database.js';
import { requestDatabase, StatementCounter } from './database.js';

/** What every subgraph resolver can count on; subgraphs extend it with their typed loaders. */
export interface BaseContext<TSchema extends Record<string, unknown>> {
  requestId: string;
  db: Database<TSchema>;
  statements: StatementCounter;
}

export function createBaseContext<TSchema extends Record<string, unknown>>(
  sql: Sql,
  schema: TSchema,
  options: { requestId?: string | undefined; onStatement?: ((query: string) => void) | undefined } = {},
): BaseContext<TSchema> {
  const statements = new StatementCounter(options.onStatement);
  return {
    // The gateway forwards its request id so one id follows a request across subgraphs.
    requestId: options.requestId && /^[\w-]{1,100}$/.test(options.requestId) ? options.requestId : randomUUID(),
    db: requestDatabase(sql, schema, statements),
    statements,
  };
}
