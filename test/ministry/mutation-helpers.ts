// Shared by the ministry mutation tests: send a mutation as an actor, assert on coded errors,
// read the audit trail straight from the database.
import { expect } from 'vitest';
import type { Sql } from '#kit/db';
import type { CallOptions, TestSubgraph } from '../support/harness.js';

export const ACTOR = 'agent.test@ministere.demo.invalid';
/** A verified ministry-admin whose subject is the audit actor; works for a subgraph and the gateway. */
export const asActor = (actor = ACTOR, requestId?: string): CallOptions => ({
  as: { subject: actor, role: 'ministry-admin' },
  ...(requestId ? { headers: { 'x-request-id': requestId } } : {}),
});

/** Ids of the demo seed (subgraphs/ministry/src/db/seed-*.ts). */
export const seedId = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const UNKNOWN_ID = '99999999-0000-4000-8000-000000000000';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ok(subgraph: TestSubgraph, query: string, variables?: Record<string, unknown>, caller = asActor()): Promise<any> {
  const { status, body } = await subgraph.request(query, variables, caller);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

export interface CodedError {
  message: string;
  extensions: { code: string; argumentName?: string; currentVersion?: number; [key: string]: unknown };
}

/** The one error a refused mutation answers with; checks its code and argument path. */
export async function refused(
  subgraph: TestSubgraph,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  argumentName?: string,
): Promise<CodedError> {
  const { body } = await subgraph.request(query, variables, asActor());
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  const [error] = body.errors as CodedError[];
  expect(error!.extensions.code, error!.message).toBe(code);
  if (argumentName) expect(error!.extensions.argumentName, error!.message).toBe(argumentName);
  return error!;
}

export interface AuditRow {
  actor: string;
  request_id: string;
  operation: string;
  target_type: string;
  target_id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  before: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  after: any;
}

export async function auditRows(sql: Sql, targetType: string, targetId: string): Promise<AuditRow[]> {
  return sql<AuditRow[]>`
    select actor, request_id, operation, target_type, target_id, before, after
    from audit_log where target_type = ${targetType} and target_id = ${targetId} order by id`;
}

export async function countRows(sql: Sql, table: string): Promise<number> {
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from ${sql(table)}`;
  return row!.total;
}
