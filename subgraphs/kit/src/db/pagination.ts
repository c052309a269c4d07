import { badUserInput } from '../errors/index.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A validated page request: SQL `limit`/`offset`; stores fetch `limit + 1` rows to see ahead. */
export interface Page {
  limit: number;
  offset: number;
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

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return undefined;
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
}

/**
 * Turns Relay arguments into a bounded page. Cursors are opaque positions in the list's
 * stable order (every store orders by a unique tie-breaker), so `after` resumes exactly.
 */
export function toPage(args: PageArgs, argumentPrefix = ''): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      `\`first\` must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); page through longer lists with \`after\`.`,
      `${argumentPrefix}first`,
    );
  }
  let offset = 0;
  if (args.after != null) {
    const position = decodeCursor(args.after);
    if (position === undefined) {
      throw badUserInput(
        '`after` is not a cursor this list gave out; pass a `pageInfo.endCursor` or `edges.cursor` value.',
        `${argumentPrefix}after`,
      );
    }
    offset = position + 1;
  }
  return { limit: first, offset };
}

/** Builds a connection from up to `page.limit + 1` rows fetched at `page.offset`. */
export function toConnection<T>(rows: T[], page: Page, totalCount: () => Promise<number>): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: memoize(totalCount),
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
