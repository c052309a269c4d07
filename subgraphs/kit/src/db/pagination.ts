import { badUserInput } from '../errors/index.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * A validated page request: SQL `limit`, and where to resume — `after` (the sort keys of the
 * last row seen, for top-level lists) or `offset` (nested lists, whose pages are windows per
 * parent). Stores fetch `limit + 1` rows to see ahead.
 */
export interface Page {
  limit: number;
  offset: number;
  after?: (string | null)[];
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Lazy: graphql-js calls it only when the client selects totalCount, so unused counts cost no SQL. */
  totalCount: () => Promise<number>;
}

const OFFSET_PREFIX = 'offset:';
const KEYS_PREFIX = 'keys:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${OFFSET_PREFIX}${offset}`).toString('base64url');
}

export function encodeKeysCursor(keys: readonly (string | null)[]): string {
  return Buffer.from(`${KEYS_PREFIX}${JSON.stringify(keys)}`).toString('base64url');
}

function decodeCursor(cursor: string): Pick<Page, 'offset' | 'after'> | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (text.startsWith(OFFSET_PREFIX)) {
    const offset = Number(text.slice(OFFSET_PREFIX.length));
    return Number.isSafeInteger(offset) && offset >= 0 ? { offset: offset + 1 } : undefined;
  }
  if (text.startsWith(KEYS_PREFIX)) {
    try {
      const keys: unknown = JSON.parse(text.slice(KEYS_PREFIX.length));
      const valid = Array.isArray(keys) && keys.length > 0 && keys.every((key) => key === null || typeof key === 'string');
      return valid ? { offset: 0, after: keys as (string | null)[] } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function foreignCursor(argumentName: string) {
  return badUserInput('`after` is not a cursor this list gave out; pass a `pageInfo.endCursor` or `edges.cursor` value.', argumentName);
}

/** Turns Relay arguments into a bounded page; cursors are opaque to clients. */
export function toPage(args: PageArgs, argumentPrefix = ''): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      `\`first\` must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); page through longer lists with \`after\`.`,
      `${argumentPrefix}first`,
    );
  }
  if (args.after == null) return { limit: first, offset: 0 };
  const position = decodeCursor(args.after);
  if (position === undefined) throw foreignCursor(`${argumentPrefix}after`);
  return { limit: first, ...position };
}

/**
 * Builds a connection from up to `page.limit + 1` rows. Each edge's cursor is its row's sort keys
 * when the list gives them (`cursorOf`), else its position.
 */
export function toConnection<T>(
  rows: T[],
  page: Page,
  totalCount: () => Promise<number>,
  cursorOf: (node: T, index: number) => string = (_node, index) => encodeCursor(page.offset + index),
): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: cursorOf(node, index), node }));
  // A page that reaches the end of the list, counted from its start, says how long the list is:
  // its totalCount costs no statement (most nested lists of a parent fit in one page).
  const reachesEnd = rows.length <= page.limit && page.after === undefined && (page.offset === 0 || rows.length > 0);
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0 || page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: reachesEnd ? () => Promise.resolve(page.offset + rows.length) : memoize(totalCount),
  };
}

function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/** A stable string for a page plus filter, used to key per-argument loaders. */
export function argumentsKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
