import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connect, quoteIdentifier, startSubgraphServer, type PeerUrls, type Sql } from '#kit';
import { startLocalGraph, type LocalGraph } from '../../scripts/local-graph.js';
import { subgraphs, type SubgraphName } from '../../subgraphs/registry.js';

export interface GraphQLResponse {
  status: number;
  // Tests inspect arbitrary response shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

function databaseUrl(database: string): string {
  const parsed = new URL(inject('adminUrl'));
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A private copy of the subgraph's migrated, seeded template database. */
export async function freshDatabase(name: SubgraphName): Promise<{ url: string; drop(): Promise<void> }> {
  const database = `passerelle_${name}_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(inject('adminUrl'), { max: 1, onnotice: () => {} });
  try {
    // Two copies of one template at the same instant can collide ("being accessed by other users").
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.unsafe(`create database ${quoteIdentifier(database)} template ${quoteIdentifier(inject('templates')[name]!)}`);
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(database),
    drop: async () => {
      const dropper = postgres(inject('adminUrl'), { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${quoteIdentifier(database)} with (force)`);
      await dropper.end();
    },
  };
}

export interface TestSubgraph {
  url: string;
  sql: Sql;
  request(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** SQL statements issued since start or the last reset. */
  statements(): number;
  resetStatements(): void;
  close(): Promise<void>;
}

/**
 * The real subgraph server on a fresh seeded database, on a free port. `peers` are the other
 * subgraphs it checks references against (e.g. a running ministry subgraph's URL).
 */
export async function startSubgraphForTest(name: SubgraphName, options: { peers?: PeerUrls } = {}): Promise<TestSubgraph> {
  const database = await freshDatabase(name);
  const sql = connect(database.url);
  let statements = 0;
  const server = await startSubgraphServer(subgraphs[name].definition, {
    sql,
    port: 0,
    exposeStatementCount: true,
    onStatement: () => {
      statements += 1;
    },
    ...(options.peers ? { peers: options.peers } : {}),
  });
  return {
    url: server.url,
    sql,
    request: (query, variables, headers) => postGraphQL(server.url, query, variables, headers),
    statements: () => statements,
    resetStatements: () => {
      statements = 0;
    },
    close: async () => {
      await server.close();
      await sql.end({ timeout: 5 });
      await database.drop();
    },
  };
}

export interface TestGraph extends LocalGraph {
  url: string;
  sql: Record<SubgraphName, Sql>;
  request(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  statements(): Record<SubgraphName, number>;
  resetStatements(): void;
}

/** Both subgraphs and the gateway, each subgraph on its own fresh database. */
export async function startGraphForTest(): Promise<TestGraph> {
  const region = await freshDatabase('region');
  const ministry = await freshDatabase('ministry');
  const counts: Record<SubgraphName, number> = { region: 0, ministry: 0 };
  const graph = await startLocalGraph({
    databaseUrls: { region: region.url, ministry: ministry.url },
    ports: { gateway: 0, region: 0, ministry: 0 },
    prepare: false,
    exposeStatementCount: true,
    onStatement: (name) => {
      counts[name] += 1;
    },
  });
  const sql = { region: connect(region.url, { max: 2 }), ministry: connect(ministry.url, { max: 2 }) };
  return {
    ...graph,
    url: graph.gateway.url,
    sql,
    request: (query, variables, headers) => postGraphQL(graph.gateway.url, query, variables, headers),
    statements: () => ({ ...counts }),
    resetStatements: () => {
      counts.region = 0;
      counts.ministry = 0;
    },
    close: async () => {
      await graph.close();
      await Promise.all([sql.region.end({ timeout: 5 }), sql.ministry.end({ timeout: 5 })]);
      await Promise.all([region.drop(), ministry.drop()]);
    },
  };
}
