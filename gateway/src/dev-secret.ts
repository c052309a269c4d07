import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const devJwtSecretPath = (dataDir: string) => path.join(dataDir, 'dev-jwt-secret');

/**
 * Development only: the secret `npm start` verifies bearer tokens with when
 * PASSERELLE_JWT_SECRET is unset, kept next to the embedded database so that `npm run token`
 * (another process) signs with the same one and tokens survive a restart. Made on first use.
 */
export function devJwtSecret(dataDir: string): string {
  const file = devJwtSecretPath(dataDir);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': if a concurrent first start wrote it meanwhile, keep theirs.
    writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

/** A fresh random secret, for what needs no sharing beyond this process run. */
export const randomSecret = () => randomBytes(48).toString('base64url');
