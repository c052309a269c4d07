import { byKey, groupByKey, uuidKeys } from '#kit';

// Uuid-keyed batch loads: malformed keys never reach SQL (they answer null / []), and keys
// match rows whatever their letter case, since PostgreSQL returns uuids lower-cased.

export async function rowsByUuid<T>(
  ids: readonly string[],
  fetch: (validIds: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<(T | null)[]> {
  const valid = uuidKeys(ids);
  const rows = valid.length ? await fetch(valid) : [];
  return byKey(ids.map((id) => id.toLowerCase()), rows, keyOf);
}

export async function groupsByUuid<T>(
  ids: readonly string[],
  fetch: (validIds: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<T[][]> {
  const valid = uuidKeys(ids);
  const rows = valid.length ? await fetch(valid) : [];
  return groupByKey(ids.map((id) => id.toLowerCase()), rows, keyOf);
}
