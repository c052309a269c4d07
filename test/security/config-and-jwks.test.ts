// The authentication configuration refuses unsafe setups at start, and production key sets
// (JWKS) verify asymmetric tokens only from their own keys.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { ConfigError } from '#kit/config';
import { TokenRejected } from '#kit/auth';
import { clientTokenVerifier } from '../../gateway/src/auth.js';
import { loadGatewayConfig } from '../../gateway/src/config.js';

const SECRET = 'a-long-enough-test-secret-0123456789abcdef';

describe('gateway configuration', () => {
  it('requires keys and the internal secret in production', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(/PASSERELLE_JWKS_URL: is required in production[\s\S]*PASSERELLE_INTERNAL_SECRET/);
  });

  it('refuses short secrets without echoing them, and both a secret and a key set', () => {
    expect(() => loadGatewayConfig({ PASSERELLE_INTERNAL_SECRET: SECRET, PASSERELLE_JWT_SECRET: 'short-secret' })).toThrow(/at least 32 characters[^\n]*\(got \(hidden\)\)/);
    expect(() => loadGatewayConfig({ PASSERELLE_INTERNAL_SECRET: SECRET, PASSERELLE_JWT_SECRET: SECRET, PASSERELLE_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/not both/);
  });

  it('uses the development secret kept in the data dir when none is set', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-auth-'));
    try {
      const first = loadGatewayConfig({ PASSERELLE_INTERNAL_SECRET: SECRET, PASSERELLE_DATA_DIR: dataDir });
      const second = loadGatewayConfig({ PASSERELLE_INTERNAL_SECRET: SECRET, PASSERELLE_DATA_DIR: dataDir });
      expect(first.auth.clientKeySource).toBe('dev-file');
      expect(first.auth.clientTokens.secret).toBe(readFileSync(path.join(dataDir, 'dev-jwt-secret'), 'utf8').trim());
      expect(second.auth.clientTokens.secret).toBe(first.auth.clientTokens.secret);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a JWKS key set', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const token = (key: CryptoKey | Uint8Array, alg: string, kid?: string) =>
    new SignJWT({ role: 'ministry-analyst' }).setProtectedHeader({ alg, ...(kid ? { kid } : {}) })
      .setSubject('analyst@idp').setIssuer('https://idp.example').setAudience('passerelle').setExpirationTime('5m').sign(key);
  const verify = (value: string) => clientTokenVerifier({ issuer: 'https://idp.example', audience: 'passerelle', jwksUrl })(`Bearer ${value}`);

  it('verifies a token signed by one of its keys', async () => {
    await expect(verify(await token(privateKey, 'ES256', 'k1'))).resolves.toEqual({ subject: 'analyst@idp', role: 'ministry-analyst' });
  });

  it('refuses a key it does not hold, and HMAC tokens', async () => {
    const other = await generateKeyPair('ES256');
    await expect(verify(await token(other.privateKey, 'ES256', 'k2'))).rejects.toThrow(/key not in the configured key set/);
    await expect(verify(await token(other.privateKey, 'ES256', 'k1'))).rejects.toThrow(/signature/);
    await expect(verify(await token(new TextEncoder().encode(SECRET), 'HS256'))).rejects.toThrow(TokenRejected);
    await expect(verify(await token(new TextEncoder().encode(SECRET), 'HS256'))).rejects.toThrow(/algorithm not accepted/);
  });
});
