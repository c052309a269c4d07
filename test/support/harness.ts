import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connect, quoteIdentifier, urlOfDatabase, type Sql } from '#kit/db';
import { internalSigner, INTERNAL_IDENTITY_HEADER, secretKey, signIdentityToken, type Identity } from '#kit/auth';
import type { PeerUrls } from '#kit/write';
import { startSubgraphServer } from '#kit/server';
import type { GatewayLimitOptions } from '../../gateway/src/gateway.js';
import { startLocalGraph, type LocalGraph } from '../../scripts/local-graph.js';
import { subgraphs, type SubgraphName } from '../../subgraphs/registry.js';

export interface GraphQLResponse {
  status: number;
  // Tests inspect arbitrary response shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

/**
 * The secrets every test graph and subgraph runs with. Tests mint tokens with them; the
 * security tests also forge tokens with other secrets.
 */
export const TEST_AUTH = {
  clientTokens: { issuer: 'passerelle-test', audience: 'passerelle', secret: 'test-only-client-jwt-secret-0123456789abcdef' },
  internalSecret: 'test-only-internal-secret-0123456789abcdef',
};

/** Who direct subgraph calls act as unless a test says otherwise. */
export const SERVICE_IDENTITY: Identity = { subject: 'test-suite', role: 'service' };

/** A client bearer token the test gateway accepts (`expiresIn` '-1m' makes an expired one). */
export function bearerToken(identity: Identity, expiresIn = '10m'): Promise<string> {
  const { secret, ...scope } = TEST_AUTH.clientTokens;
  return signIdentityToken(identity, secretKey(secret), { ...scope, expiresIn });
}

const internal = internalSigner(TEST_AUTH.internalSecret);
/** An internal identity token, as the gateway would send it to a subgraph. */
export const internalToken = (identity: Identity) => internal.sign(identity);

/**
 * Who a test request acts as. `as`: the identity (through the gateway: a bearer token for it;
 * to a subgraph: an internal token, `SERVICE_IDENTITY` by default). `as: null` sends no token.
 * `headers` are sent as given, after those.
 */
export interface CallOptions {
  as?: Identity | null;
  headers?: Record<string, string>;
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
    url: urlOfDatabase(inject('adminUrl'), database),
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
  request(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<GraphQLResponse>;
  /** SQL statements issued since start or the last reset. */
  statements(): number;
  resetStatements(): void;
  close(): Promise<void>;
}

/** A throw-away data directory for the files a test's subgraphs keep. */
const filesDir = () => mkdtempSync(path.join(tmpdir(), 'passerelle-test-files-'));

/**
 * The real subgraph server on a fresh seeded database (or `database`, dropped on close), on a free port. `peers` are the other
 * subgraphs it checks references against (e.g. a running ministry subgraph's URL).
 */
export async function startSubgraphForTest(
  name: SubgraphName,
  options: { peers?: PeerUrls; statementTimeoutMillis?: number; database?: { url: string; drop(): Promise<void> } } = {},
): Promise<TestSubgraph> {
  const database = options.database ?? (await freshDatabase(name));
  const sql = connect(database.url, options.statementTimeoutMillis !== undefined ? { statementTimeoutMillis: options.statementTimeoutMillis } : {});
  let statements = 0;
  const dataDir = filesDir();
  const server = await startSubgraphServer(subgraphs[name].definition, {
    sql,
    dataDir,
    port: 0,
    internalSecret: TEST_AUTH.internalSecret,
    exposeStatementCount: true,
    onStatement: () => {
      statements += 1;
    },
    ...(options.peers ? { peers: options.peers } : {}),
  });
  return {
    url: server.url,
    sql,
    request: async (query, variables, options = {}) => {
      const identity = options.as === undefined ? SERVICE_IDENTITY : options.as;
      const token: Record<string, string> = identity ? { [INTERNAL_IDENTITY_HEADER]: await internalToken(identity) } : {};
      return postGraphQL(server.url, query, variables, { ...token, ...options.headers });
    },
    statements: () => statements,
    resetStatements: () => {
      statements = 0;
    },
    close: async () => {
      await server.close();
      await sql.end({ timeout: 5 });
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestGraph extends LocalGraph {
  url: string;
  sql: Record<SubgraphName, Sql>;
  /** Through the gateway; without `as`, as the public role. */
  request(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<GraphQLResponse>;
  statements(): Record<SubgraphName, number>;
  resetStatements(): void;
}

/** Both subgraphs and the gateway, each subgraph on its own fresh database. */
export async function startGraphForTest(options: {
  gatewayLimits?: GatewayLimitOptions;
  /** Runs on the fresh databases before any server connects (e.g. attaching a region's own database). */
  beforeStart?: (urls: Record<SubgraphName, string>) => Promise<void>;
} = {}): Promise<TestGraph> {
  const region = await freshDatabase('region');
  const ministry = await freshDatabase('ministry');
  await options.beforeStart?.({ region: region.url, ministry: ministry.url });
  const counts: Record<SubgraphName, number> = { region: 0, ministry: 0 };
  const dataDir = filesDir();
  const graph = await startLocalGraph({
    dataDir,
    databaseUrls: { region: region.url, ministry: ministry.url },
    ports: { gateway: 0, region: 0, ministry: 0 },
    prepare: false,
    auth: TEST_AUTH,
    ...(options.gatewayLimits ? { gatewayLimits: options.gatewayLimits } : {}),
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
    request: async (query, variables, options = {}) => {
      const bearer: Record<string, string> = options.as ? { authorization: `Bearer ${await bearerToken(options.as)}` } : {};
      return postGraphQL(graph.gateway.url, query, variables, { ...bearer, ...options.headers });
    },
    statements: () => ({ ...counts }),
    resetStatements: () => {
      counts.region = 0;
      counts.ministry = 0;
    },
    close: async () => {
      await graph.close();
      await Promise.all([sql.region.end({ timeout: 5 }), sql.ministry.end({ timeout: 5 })]);
      await Promise.all([region.drop(), ministry.drop()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
