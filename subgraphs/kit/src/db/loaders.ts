import DataLoader from 'dataloader';
import { uuidKeys } from './filters.js';
import { argumentsKey } from './pagination.js';

// Bounded so one `= ANY`/`IN` list stays well under PostgreSQL's 65535 bind parameters.
const MAX_BATCH_SIZE = 1000;

/** A DataLoader with the project's defaults; batch functions must answer in key order. */
export function createLoader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: MAX_BATCH_SIZE });
}

/** Orders rows by the keys that asked for them; a key with no row gets null. */
export function byKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const found = new Map<K, T>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups rows under the keys that asked for them, in key order; a key with no row gets []. */
export function groupByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

// Uuid-keyed batch loads: malformed keys never reach SQL (they answer null / []), and keys
// match rows whatever their letter case, since PostgreSQL returns uuids lower-cased.

/** `fetch` gets only the well-formed, lower-cased ids; rows come back in key order. */
export async function rowsByUuid<T>(
  ids: readonly string[],
  fetch: (validIds: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<(T | null)[]> {
  const valid = uuidKeys(ids);
  const rows = valid.length ? await fetch(valid) : [];
  return byKey(ids.map((id) => id.toLowerCase()), rows, keyOf);
}

/** Like rowsByUuid, for one-to-many: each id gets its rows in the order `fetch` returned them. */
export async function groupsByUuid<T>(
  ids: readonly string[],
  fetch: (validIds: string[]) => Promise<T[]>,
  keyOf: (row: T) => string | null,
): Promise<T[][]> {
  const valid = uuidKeys(ids);
  const rows = valid.length ? await fetch(valid) : [];
  return groupByKey<string | null, T>(ids.map((id) => id.toLowerCase()), rows, keyOf);
}

/**
 * Loaders whose batch depends on field arguments (a nested connection's page and filter):
 * one DataLoader per distinct argument set, all living only as long as the request.
 */
export class ArgumentLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V, A>(name: string, args: A, batch: (keys: readonly K[], args: A) => Promise<V[]>): DataLoader<K, V> {
    const id = `${name}:${argumentsKey(args)}`;
    let loader = this.loaders.get(id) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = createLoader<K, V>((keys) => batch(keys, args));
      this.loaders.set(id, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
