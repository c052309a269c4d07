import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { ErrorCode, errorResponse } from '#kit/errors';
import type { Logger } from '#kit/log';
import { runner, sendRows } from './export.js';
import { repositoryRoot } from './paths.js';

// Saved reports: named GraphQL documents kept in the repository (reports/*.graphql), each
// with a description and the list its CSV holds. An analyst shares a question by its URL:
// `GET /reports/training-by-theme.csv?regionCode=MA-01&from=2019-01-01`. They run with the
// caller's token, like any query.

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface Report {
  name: string;
  description: string;
  /** Where the CSV's rows are in the answer (`# list:` line). */
  list: string;
  variables: { name: string; type: string }[];
  query: string;
}

export function loadReports(folder = path.join(repositoryRoot, 'reports')): Report[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(path.join(folder, file), 'utf8');
      const comments = query.split('\n').filter((line) => line.startsWith('#')).map((line) => line.slice(1).trim());
      const list = comments.find((line) => line.startsWith('list:'))?.slice('list:'.length).trim();
      if (!list) throw new Error(`reports/${file} needs a "# list: <path>" line naming the rows of its CSV.`);
      const operation = graphql.parse(query).definitions.find((definition) => definition.kind === 'OperationDefinition');
      const variables = (operation?.kind === 'OperationDefinition' ? operation.variableDefinitions ?? [] : [])
        .filter((definition) => definition.variable.name.value !== 'after')
        .map((definition) => ({ name: definition.variable.name.value, type: graphql.print(definition.type) }));
      return { name: file.replace(/\.graphql$/, ''), description: comments.find((line) => !line.startsWith('list:')) ?? '', list, variables, query };
    });
}

/** A query-string value as the variable's type wants it (lists: comma-separated). */
function coerce(value: string, type: string): unknown {
  const named = type.replace(/[[\]!]/g, '');
  const one = (text: string) => (['Int', 'Float'].includes(named) ? Number(text) : named === 'Boolean' ? text === 'true' : text);
  return type.startsWith('[') ? value.split(',').map((item) => one(item.trim())) : one(value);
}

export function reportsRouter(graphqlUrl: () => string, logger: Logger, reports: Report[] = loadReports()): Router {
  const router = express.Router();
  const byName = new Map(reports.map((report) => [report.name, report]));
  router.get('/reports', (_request, response) => {
    response.json(reports.map(({ name, description, variables }) => ({ name, description, variables, csv: `/reports/${name}.csv`, xlsx: `/reports/${name}.xlsx`, json: `/reports/${name}.json` })));
  });
  router.get('/reports/:file', async (request, response) => {
    const match = /^([\w-]+)\.(csv|xlsx|json)$/.exec(request.params.file);
    const report = match ? byName.get(match[1]!) : undefined;
    if (!match || !report) {
      return response.status(404).json(errorResponse(ErrorCode.NOT_FOUND, `No report "${request.params.file}"; GET /reports lists them (name.csv, name.xlsx or name.json).`));
    }
    const variables: Record<string, unknown> = {};
    for (const { name, type } of report.variables) {
      const value = request.query[name];
      if (typeof value === 'string' && value !== '') variables[name] = coerce(value, type);
    }
    const run = runner(graphqlUrl(), request.headers.authorization, report.query, variables);
    if (match[2] !== 'json') return sendRows(response, run, report.list, report.name, report.query, match[2] as 'csv' | 'xlsx', logger);
    const answer = await run(null);
    return response.status(answer.status).json(answer.body);
  });
  return router;
}
