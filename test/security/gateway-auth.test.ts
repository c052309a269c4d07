// Identity at the gateway: no token is the public role; a bad token is a 401 that carries no
// data (never a silent downgrade); identity headers a client sends are ignored — the audit
// actor is the verified bearer token's subject; `npm run token` mints tokens the gateway accepts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnsecuredJWT } from 'jose';
import { INTERNAL_IDENTITY_HEADER, secretKey, signIdentityToken, type Identity } from '#kit/auth';
import { bearerToken, internalToken, postGraphQL, startGraphForTest, TEST_AUTH, type GraphQLResponse, type TestGraph } from '../support/harness.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

const root = path.resolve(import.meta.dirname, '../..');
const QUERY = '{ region(code: "MA-01") { code name { fr } programmes { totalCount } } }';
const analyst: Identity = { subject: 'analyste@ministere.demo.invalid', role: 'ministry-analyst' };
const { secret, issuer, audience } = TEST_AUTH.clientTokens;
const sign = (identity: Identity | Record<string, unknown>, options: { key?: string; iss?: string; aud?: string; expiresIn?: string } = {}) =>
  signIdentityToken(identity as Identity, secretKey(options.key ?? secret), { issuer: options.iss ?? issuer, audience: options.aud ?? audience, expiresIn: options.expiresIn ?? '5m' });

const withAuthorization = (authorization: string) => postGraphQL(graph.url, QUERY, undefined, { authorization });

function expectUnauthenticated(response: GraphQLResponse, message: RegExp): void {
  expect(response.status).toBe(401);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(response.body.errors[0].message).toMatch(message);
  expect(JSON.stringify(response.body)).not.toMatch(/Tanger|programmes|totalCount/);
}

describe('a request without a token', () => {
  it('is the public role and is answered', async () => {
    const response = await graph.request(QUERY);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.region.code).toBe('MA-01');
  });
});

describe('a request with a valid bearer token', () => {
  it('is answered', async () => {
    const response = await graph.request(QUERY, undefined, { as: analyst });
    expect(response.status).toBe(200);
    expect(response.body.data.region.code).toBe('MA-01');
  });
});

describe('a request with a bad bearer token is refused with 401 UNAUTHENTICATED', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['expired', async () => `Bearer ${await bearerToken(analyst, '-2m')}`, /expired/],
    ['for another audience', async () => `Bearer ${await sign(analyst, { aud: 'someone-else' })}`, /audience/],
    ['from another issuer', async () => `Bearer ${await sign(analyst, { iss: 'https://evil.example' })}`, /issuer/],
    ['badly signed', async () => `Bearer ${await sign(analyst, { key: 'a-different-secret-0123456789abcdefgh' })}`, /signature/],
    ['tampered with', async () => {
      const [head, , signature] = (await bearerToken(analyst)).split('.');
      const payload = Buffer.from(JSON.stringify({ sub: 'x', role: 'ministry-admin', iss: issuer, aud: audience, exp: 4102444800 })).toString('base64url');
      return `Bearer ${head}.${payload}.${signature}`;
    }, /signature/],
    ['unsigned (alg none)', async () => `Bearer ${new UnsecuredJWT({ role: 'ministry-admin' }).setSubject('x').setIssuer(issuer).setAudience(audience).setExpirationTime('5m').encode()}`, /algorithm|malformed/],
    ['garbage', async () => 'Bearer not-a-token', /malformed/],
    ['not a bearer', async () => 'Basic dXNlcjpwYXNz', /Bearer/],
    ['an unknown role', async () => `Bearer ${await sign({ subject: 'x', role: 'superuser' })}`, /role/],
    ['the internal service role', async () => `Bearer ${await sign({ subject: 'x', role: 'service' })}`, /role/],
    ['a region role without a region', async () => `Bearer ${await sign({ subject: 'x', role: 'region-hr' })}`, /region/],
    ['an expert without an expert id', async () => `Bearer ${await sign({ subject: 'x', role: 'expert', expertId: 'nobody' })}`, /expert/],
    // Signed with the internal secret, which is not the client-token secret.
    ['an internal token', async () => `Bearer ${await internalToken(analyst)}`, /signature/],
  ];
  for (const [name, authorization, message] of cases) {
    it(name, async () => {
      expectUnauthenticated(await withAuthorization(await authorization()), message);
    });
  }
});

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`;
const programme = (code: string) => ({ code, title: { fr: `${code} (démo)` }, theme: 'HR_MANAGEMENT', objectives: [{ fr: 'x' }], startsOn: '2024-01-01', regionCodes: [] });

async function actorOf(response: GraphQLResponse): Promise<string> {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  const id = response.body.data.createProgramme.id as string;
  const [row] = await graph.sql.ministry<{ actor: string }[]>`select actor from audit_log where target_type = 'Programme' and target_id = ${id}`;
  return row!.actor;
}

describe('identity headers sent by a client', () => {
  it('are ignored: the audit actor is the bearer token\'s subject', async () => {
    // Even an internal token signed with the real secret is not passed on: the gateway mints its own.
    const forged = { [INTERNAL_IDENTITY_HEADER]: await internalToken({ subject: 'forged-admin', role: 'ministry-admin' }), 'x-passerelle-actor': 'forged-actor' };
    const response = await graph.request(CREATE, { input: programme('PRG-HDR-1') }, { as: { subject: 'real-user', role: 'ministry-admin' }, headers: forged });
    expect(await actorOf(response)).toBe('real-user');
  });

  it('do not lift a request without a token above the public role', async () => {
    const forged = { [INTERNAL_IDENTITY_HEADER]: await internalToken({ subject: 'forged-admin', role: 'ministry-admin' }), 'x-passerelle-actor': 'forged-actor' };
    const response = await graph.request(CREATE, { input: programme('PRG-HDR-2') }, { headers: forged });
    // Still the public role: the ministry-admin mutation is refused and nothing is written.
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await graph.sql.ministry`select id from programmes where code = 'PRG-HDR-2'`).toHaveLength(0);
  });
});

describe('npm run token', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PASSERELLE_JWT_SECRET: secret, PASSERELLE_JWT_ISSUER: issuer, PASSERELLE_JWT_AUDIENCE: audience },
    });

  it('prints a token the gateway verifies, whose subject is the audit actor', async () => {
    const minted = run(['--role', 'ministry-admin', '--subject', 'cli-user@demo.invalid']);
    expect(minted.status, minted.stderr).toBe(0);
    const token = minted.stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const response = await postGraphQL(graph.url, CREATE, { input: programme('PRG-CLI-1') }, { authorization: `Bearer ${token}` });
    expect(await actorOf(response)).toBe('cli-user@demo.invalid');
  });

  it('mints region tokens and refuses incoherent claims with a usage message', async () => {
    const region = run(['--role', 'region-hr', '--region', 'MA-01']);
    expect(region.status, region.stderr).toBe(0);
    expect((await withAuthorization(`Bearer ${region.stdout.trim()}`)).status).toBe(200);
    const bad = run(['--role', 'region-hr']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/needs a "region" claim/);
  });
});
