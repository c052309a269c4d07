import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import express, { type Response, type Router } from 'express';
import { ErrorCode, errorResponse } from '#kit/errors';
import type { Logger } from '#kit/log';

// Exports: any list the graph answers, as CSV or XLSX. The gateway runs the client's query page after
// page through its own /graphql (same token, so role, row scope and cost limits all apply),
// flattens each node into columns named by their path (`trainer.fullName`, `title.fr`) and
// streams UTF-8 with a BOM (Excel then shows Arabic): memory holds one page at a time.

interface ExportRequest {
  query?: unknown;
  variables?: unknown;
  /** `csv` (default) or `xlsx`. */
  format?: unknown;
  /** Where the connection is in `data`, e.g. `trainingSessions` or `region.staffMembers`. */
  path?: unknown;
}

/** `{ title: { fr, ar }, tags: [a, b] }` → `{ 'title.fr', 'title.ar', tags: 'a; b' }`. */
export function flatten(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (value === null || value === undefined) {
    if (prefix) into[prefix] = '';
  } else if (Array.isArray(value)) {
    into[prefix] = value.map((item) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; ');
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = String(value);
  }
  return into;
}

interface Page {
  nodes: unknown[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The rows at `path`: a connection's page (edges or nodes), or a plain list (statistics groups). */
function pageAt(data: unknown, path: string): Page | undefined {
  let found: unknown = data;
  for (const key of path.split('.')) found = (found as Record<string, unknown> | null)?.[key];
  if (Array.isArray(found)) return { nodes: found, endCursor: null, hasNextPage: false };
  const connection = found as { edges?: { node: unknown }[]; nodes?: unknown[]; pageInfo?: { endCursor: string | null; hasNextPage: boolean } } | null;
  if (!connection || !connection.pageInfo || (!connection.edges && !connection.nodes)) return undefined;
  return { nodes: connection.nodes ?? connection.edges!.map((edge) => edge.node), endCursor: connection.pageInfo.endCursor, hasNextPage: connection.pageInfo.hasNextPage };
}

export type RunPage = (after: string | null) => Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }>;

/** Runs an operation against the gateway's own /graphql with the caller's token. */
export function runner(graphqlUrl: string, authorization: string | undefined, query: string, variables: object): RunPage {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  if (authorization) headers.authorization = authorization;
  return async (after) => {
    const reply = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables: after === null ? variables : { ...variables, after } }) });
    return { status: reply.status, body: (await reply.json()) as { data?: unknown; errors?: unknown[] } };
  };
}

export type ExportFormat = 'csv' | 'xlsx';

/**
 * One sheet, rows written and flushed as they come (exceljs' streaming writer). exceljs is
 * loaded on the first XLSX export: it took ~0.3 s of every gateway start.
 */
async function xlsxWriter(response: Response, columns: string[]) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('export');
  sheet.columns = columns.map((key) => ({ header: key, key }));
  return {
    write: async (row: Record<string, string>) => sheet.addRow(row).commit(),
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

function csvWriter(response: Response, columns: string[]) {
  const csv = stringify({ header: true, columns, bom: true });
  csv.pipe(response);
  return {
    write: async (row: Record<string, string>) => {
      if (!csv.write(row)) await once(csv, 'drain');
    },
    end: async () => {
      csv.end();
    },
  };
}

/**
 * Answers the rows at `path` as CSV (UTF-8 with a BOM) or XLSX: a connection page after page
 * (the query takes `$after`), a plain list at once. The first page's errors answer as JSON;
 * later ones end the file early.
 */
export async function sendRows(response: Response, run: RunPage, path: string, name: string, query: string, format: ExportFormat, logger: Logger): Promise<void> {
  let answer = await run(null);
  let page = answer.body.errors ? undefined : pageAt(answer.body.data, path);
  if (page?.hasNextPage && !/\$after\s*:\s*String\b/.test(query)) {
    response.status(400).json(errorResponse(ErrorCode.BAD_USER_INPUT, 'The list has more pages: declare `$after: String` in `query`, pass it to the list (`after: $after`) and select `pageInfo { endCursor hasNextPage }`.', 'query'));
    return;
  }
  if (!page) {
    const status = answer.status >= 400 ? answer.status : 400;
    response.status(status).json(answer.body.errors ? { errors: answer.body.errors } : errorResponse(ErrorCode.BAD_USER_INPUT, `No list (or connection with \`pageInfo\`) at \`${path}\` in the answer.`, 'path'));
    return;
  }
  const columns = [...new Set(page.nodes.flatMap((node) => Object.keys(flatten(node))))];
  response.status(200).set('content-disposition', `attachment; filename="${name}.${format}"`);
  response.type(format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8');
  const writer = format === 'xlsx' ? await xlsxWriter(response, columns) : csvWriter(response, columns);
  try {
    for (;;) {
      for (const node of page.nodes) await writer.write(flatten(node));
      if (!page.hasNextPage || !page.endCursor) break;
      answer = await run(page.endCursor);
      const next = answer.body.errors ? undefined : pageAt(answer.body.data, path);
      // The status is already sent: a failure half-way ends the file early (and is logged).
      if (!next) throw new Error(`export stopped after a page failed: ${JSON.stringify(answer.body.errors ?? 'no list')}`);
      page = next;
    }
  } catch (error) {
    logger.error({ err: error }, 'export stopped');
  } finally {
    await writer.end();
  }
}

/** `POST /export` (body: query, variables, path): the list at `path`, every page, as CSV. */
export function exportRouter(graphqlUrl: () => string, logger: Logger): Router {
  const router = express.Router();
  router.post('/export', express.json({ limit: '100kb' }), async (request, response) => {
    const { query, variables = {}, path, format = 'csv' } = (request.body ?? {}) as ExportRequest;
    if (format !== 'csv' && format !== 'xlsx') {
      return response.status(400).json(errorResponse(ErrorCode.BAD_USER_INPUT, '`format` must be "csv" or "xlsx".', 'format'));
    }
    if (typeof query !== 'string') {
      return response.status(400).json(errorResponse(ErrorCode.BAD_USER_INPUT, '`query` must be the GraphQL query whose list to export.', 'query'));
    }
    if (typeof path !== 'string' || !/^\w+(\.\w+)*$/.test(path)) {
      return response.status(400).json(errorResponse(ErrorCode.BAD_USER_INPUT, '`path` must name the list to export in the answer, e.g. "trainingSessions" or "trainingStatistics.groups".', 'path'));
    }
    await sendRows(response, runner(graphqlUrl(), request.headers.authorization, query, variables as object), path, 'export', query, format, logger);
    return undefined;
  });
  return router;
}
