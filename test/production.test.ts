// The production layout from the build alone: a clean copy holding only the production
// dependencies (this checkout's node_modules, hard-linked, then `npm prune --omit=dev`: no
// registry is reached), dist/ and the committed files the gateway reads (schema/, reports/);
// each part started with plain `node` and NODE_ENV=production — no TypeScript loader, no dev
// dependency — answers a query that crosses both subgraphs.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretKey, signIdentityToken } from '#kit/auth';
import { freePort } from './support/global-setup.js';
import { startPart, stopParts } from './support/dist-parts.js';
import { freshDatabase, postGraphQL } from './support/harness.js';

const root = path.resolve(import.meta.dirname, '..');
const copy = mkdtempSync(path.join(tmpdir(), 'passerelle-production-'));
const processes: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { cwd: root, stdio: 'inherit' });
  for (const file of ['package.json', 'package-lock.json']) cpSync(path.join(root, file), path.join(copy, file));
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(copy, 'node_modules')]);
  execFileSync('npm', ['prune', '--omit=dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: copy, stdio: 'ignore' });
  for (const folder of ['dist', 'schema', 'reports']) cpSync(path.join(root, folder), path.join(copy, folder), { recursive: true });
}, 180_000);

afterAll(async () => {
  await stopParts(processes);
  for (const cleanup of cleanups) await cleanup();
  rmSync(copy, { recursive: true, force: true });
});

/** Starts one part from dist/ in the copy. */
const run = async (entry: string, env: Record<string, string>, healthUrl: string) => {
  processes.push(await startPart(copy, entry, env, healthUrl));
};

describe('production build', () => {
  it('installs without dev dependencies and serves the graph with plain node', async () => {
    for (const devOnly of ['typescript', 'vitest', 'drizzle-kit', '@graphql-hive/gateway-runtime', '@graphql-codegen/cli']) {
      expect(existsSync(path.join(copy, 'node_modules', devOnly)), devOnly).toBe(false);
    }
    const region = await freshDatabase('region');
    const ministry = await freshDatabase('ministry');
    cleanups.push(region.drop, ministry.drop);
    const ports = { region: await freePort(), ministry: await freePort(), gateway: await freePort() };
    const internal = { PASSERELLE_INTERNAL_SECRET: 'production-test-internal-secret-0123456789', HOST: '127.0.0.1' };
    const subgraphUrl = (name: 'region' | 'ministry') => `http://127.0.0.1:${ports[name]}/graphql`;
    // The databases are migrated already (a deploy's migration step); each subgraph checks and serves.
    await Promise.all([
      run('dist/subgraphs/region/src/index.js', { ...internal, REGION_DATABASE_URL: region.url, REGION_PORT: String(ports.region), MINISTRY_SUBGRAPH_URL: subgraphUrl('ministry'), PASSERELLE_DATABASE_PREPARED: 'true' }, `http://127.0.0.1:${ports.region}/health`),
      run('dist/subgraphs/ministry/src/index.js', { ...internal, MINISTRY_DATABASE_URL: ministry.url, MINISTRY_PORT: String(ports.ministry), PASSERELLE_DATABASE_PREPARED: 'true' }, `http://127.0.0.1:${ports.ministry}/health`),
    ]);
    const jwtSecret = 'production-test-client-jwt-secret-0123456789';
    await run('dist/gateway/src/index.js', {
      ...internal,
      PASSERELLE_JWT_SECRET: jwtSecret,
      PASSERELLE_JWT_ISSUER: 'https://id.region-tth.test',
      GATEWAY_PORT: String(ports.gateway),
      REGION_SUBGRAPH_URL: subgraphUrl('region'),
      MINISTRY_SUBGRAPH_URL: subgraphUrl('ministry'),
      // Tracing on, so its SDK (CommonJS packages in the bundle's own chunks) must load; nothing
      // listens at this loopback port, and a failed export never fails a request.
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
    }, `http://127.0.0.1:${ports.gateway}/health`);

    const token = await signIdentityToken({ subject: 'analyst-1', role: 'ministry-analyst' }, secretKey(jwtSecret), { issuer: 'https://id.region-tth.test', audience: 'passerelle', expiresIn: '5m' });
    const answer = await postGraphQL(`http://127.0.0.1:${ports.gateway}/graphql`, '{ region(code: "MA-01") { name { fr } partnership { signedIn ministryCommitments { status } } } }', {}, { authorization: `Bearer ${token}` });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.region).toMatchObject({ name: { fr: 'Tanger-Tétouan-Al Hoceïma' }, partnership: { signedIn: '2018-04' } });
    expect(answer.body.data.region.partnership.ministryCommitments.length).toBeGreaterThan(0);
    // Production settings hold: no introspection.
    const introspection = await postGraphQL(`http://127.0.0.1:${ports.gateway}/graphql`, '{ __schema { types { name } } }', {}, { authorization: `Bearer ${token}` });
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
