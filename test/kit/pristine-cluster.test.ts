import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { copyPristineCluster, makePristineCluster, startEmbeddedPostgres } from '#kit/db';
import { freePort } from '../support/global-setup.js';

// A first `npm start` (and each test run) copies the cluster that `npm ci` made instead of
// running initdb; here in a cache of the test's own, so the project's stays as it is.
describe('the pristine PostgreSQL cluster', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'passerelle-pristine-test-'));
  chmodSync(scratch, 0o777); // PostgreSQL runs as the unprivileged `postgres` user when we are root
  const cacheDir = path.join(scratch, 'cache');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is made once, with the databases asked for, and a copy of it starts and serves them', async () => {
    const made = await makePristineCluster(['passerelle_alpha'], { cacheDir });
    const builtAt = statSync(path.join(made, 'PG_VERSION')).mtimeMs;
    expect(await makePristineCluster(['passerelle_alpha'], { cacheDir })).toBe(made);
    expect(statSync(path.join(made, 'PG_VERSION')).mtimeMs).toBe(builtAt);

    const dataDir = path.join(scratch, 'data', 'postgres');
    // What starts killed halfway through their copy left behind, one of them under the pid this
    // process has now (pids repeat in containers).
    for (const pid of [spawnSync('true').pid, process.pid]) {
      mkdirSync(`${dataDir}.copying-${pid}`, { recursive: true });
      writeFileSync(`${dataDir}.copying-${pid}/PG_VERSION`, 'half');
    }
    expect(await copyPristineCluster(dataDir, cacheDir)).toBe(true);
    expect(readdirSync(path.dirname(dataDir))).toEqual(['postgres']);
    expect(readdirSync(dataDir)).not.toContain(path.basename(made));
    // PostgreSQL refuses a data directory others can read.
    expect(statSync(dataDir).mode & 0o077).toBe(0);
    expect(statSync(dataDir).uid).toBe(statSync(made).uid);
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
    const sql = postgres(server.urlFor('passerelle_alpha'), { max: 1, onnotice: () => {} });
    try {
      expect((await sql<{ name: string }[]>`select current_database() as name`)[0]?.name).toBe('passerelle_alpha');
    } finally {
      await sql.end();
      await server.stop();
    }
  });

  it('is made again when the databases change, and the old one goes', async () => {
    const before = readdirSync(cacheDir);
    const made = await makePristineCluster(['passerelle_alpha', 'passerelle_beta'], { cacheDir });
    expect(readdirSync(cacheDir)).toEqual([path.basename(made)]);
    expect(before).not.toContain(path.basename(made));
  });

  it('is not copied over a directory that holds anything, nor from an empty cache', async () => {
    const occupied = path.join(scratch, 'occupied');
    mkdirSync(occupied);
    writeFileSync(path.join(occupied, 'notes.txt'), 'mine');
    expect(await copyPristineCluster(occupied, cacheDir)).toBe(false);
    expect(readdirSync(occupied)).toEqual(['notes.txt']);
    expect(readdirSync(scratch).filter((name) => name.includes('.copying'))).toEqual([]);

    // A cluster its server's user does not own would fail every start; initdb is used instead.
    // Only root can give it away to make the case.
    if (process.getuid?.() === 0) {
      const [cluster] = readdirSync(cacheDir);
      const owner = statSync(path.join(cacheDir, cluster!));
      chownSync(path.join(cacheDir, cluster!), 0, 0);
      expect(await copyPristineCluster(path.join(scratch, 'not-owned'), cacheDir)).toBe(false);
      expect(existsSync(path.join(scratch, 'not-owned'))).toBe(false);
      chownSync(path.join(cacheDir, cluster!), owner.uid, owner.gid);
    }

    const elsewhere = path.join(scratch, 'elsewhere');
    expect(await copyPristineCluster(elsewhere, path.join(scratch, 'no-cache'))).toBe(false);
    expect(existsSync(elsewhere)).toBe(false);
  });
});
