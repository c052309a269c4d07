import type postgres from 'postgres';
import { clientSpan } from '../log/index.js';

type Sql = postgres.Sql;
type Pending = ReturnType<Sql['unsafe']>;

/**
 * The client drizzle's sessions use when tracing is on: each statement (`unsafe`, which drizzle
 * sends everything through, in transactions and savepoints too) becomes a span of the active
 * request, with its SQL text — never its parameters, which carry names and e-mail addresses.
 * postgres.js runs a query when it is awaited, so the span ends when the awaited result settles.
 */
export function tracedClient<T extends Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, parameters?: unknown[], options?: object) => traced(target.unsafe(query, parameters as never, options as never), query);
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const body = args[args.length - 1] as (transaction: Sql) => unknown;
          return open.apply(target, [...args.slice(0, -1), (transaction: Sql) => body(tracedClient(transaction))]);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function traced(pending: Pending, query: string): Pending {
  const span = clientSpan(`sql ${query.slice(0, query.search(/\s|$/)).toUpperCase()}`, { 'db.system': 'postgresql', 'db.statement': query });
  const then = pending.then.bind(pending);
  // `.values()` and the like return the same query object, so the wrapped `then` stays.
  Object.defineProperty(pending, 'then', {
    value: (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) =>
      then(
        (value: unknown) => {
          span.end();
          return onFulfilled ? onFulfilled(value) : value;
        },
        (error: unknown) => {
          span.end(error);
          if (onRejected) return onRejected(error);
          throw error;
        },
      ),
  });
  return pending;
}
