// `npm start`'s path: the real entry point as npm start runs it (compiled to dist/), on free ports with its own embedded PostgreSQL
// (or the TEST_DATABASE_URL server), answers a query that crosses both subgraphs, stops on
// SIGINT, and a second start reuses the data.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretKey, signIdentityToken } from '#kit/auth';
import { freePort } from './support/global-setup.js';
import { freshDatabase, postGraphQL } from './support/harness.js';

const root = path.resolve(import.meta.dirname, '..');
// What `npm start` runs after its build step.
const START = ['dist/scripts/start.js'];

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { cwd: root, stdio: 'inherit' });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs npm start's script until its output matches `until`: the match, and all it said so far. */
async function startUntil(env: Record<string, string>, until: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, START, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${until} in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = until.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${until}:\n${output}`));
    });
  });
  return { child, match, output: () => output };
}

async function start(env: Record<string, string>): Promise<Started> {
  const { child, match, output } = await startUntil(env, /Passerelle is ready in [\d.]+ s: (\S+)/);
  return { child, url: match[1]!, output };
}

/** Started, with its processes spawned and still loading (the database starting meanwhile). */
const startUntilSpawned = (env: Record<string, string>) => startUntil(env, /Starting the subgraphs/);

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return exited;
}

const CROSSING_QUERY = `{
  region(code: "MA-01") {
    code
    name { fr }
    partnership { id signedIn }
  }
}`;

describe('npm start', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-start-'));
  chmodSync(dataDir, 0o777);
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A run's environment: its own data directory, free ports, and TEST_DATABASE_URL's databases when set. */
  async function environment(dir: string): Promise<Record<string, string>> {
    const env: Record<string, string> = {
      PASSERELLE_DATA_DIR: dir,
      GATEWAY_PORT: '0',
      REGION_PORT: '0',
      MINISTRY_PORT: '0',
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    };
    if (process.env.TEST_DATABASE_URL) {
      const region = await freshDatabase('region');
      const ministry = await freshDatabase('ministry');
      cleanups.push(region.drop, ministry.drop);
      env.REGION_DATABASE_URL = region.url;
      env.MINISTRY_DATABASE_URL = ministry.url;
    }
    return env;
  }

  it('serves the whole graph, stops on Ctrl-C, and restarts on the same data', async () => {
    const env = await environment(dataDir);

    const first = await start(env);
    const answer = await postGraphQL(first.url, CROSSING_QUERY);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.region).toMatchObject({ code: 'MA-01', name: { fr: 'Tanger-Tétouan-Al Hoceïma' }, partnership: { signedIn: '2018-04' } });
    expect(first.output()).toContain('Try:');
    const health = await fetch(new URL('/health', first.url));
    expect(health.status).toBe(200);
    expect(await stop(first)).toBe(0);

    const second = await start(env);
    const again = await postGraphQL(second.url, '{ regions { totalCount } }');
    expect(again.body.data.regions.totalCount).toBe(12);
    expect(await stop(second)).toBe(0);
  });

  it('keeps answering when one part dies: it is restarted within 5 s; kill -9 of everything loses nothing', async () => {
    const isolationDir = mkdtempSync(path.join(tmpdir(), 'passerelle-isolation-'));
    chmodSync(isolationDir, 0o777);
    cleanups.push(async () => rmSync(isolationDir, { recursive: true, force: true }));
    const env = await environment(isolationDir);
    const first = await start(env);
    const pids = Object.fromEntries([...first.output().matchAll(/(\w+) \(pid (\d+)\)/g)].map((match) => [match[1], Number(match[2])]));
    expect(Object.keys(pids).sort()).toEqual(['gateway', 'ministry', 'region']);

    // Under a steady trickle of ministry-only queries, the region process is killed.
    const ministryFailures: string[] = [];
    let ministryAnswers = 0;
    let loading = true;
    const load = (async () => {
      while (loading) {
        const response = await postGraphQL(first.url, '{ programmes { totalCount } }').catch((error: unknown) => ({ body: String(error) }));
        if ((response.body as any)?.data?.programmes?.totalCount === 4) ministryAnswers += 1;
        else ministryFailures.push(JSON.stringify(response.body));
      }
    })();
    process.kill(pids.region!, 'SIGKILL');
    const killedAt = performance.now();
    let back = false;
    while (!back && performance.now() - killedAt < 5000) {
      const response = await postGraphQL(first.url, '{ region(code: "MA-01") { code } }').catch(() => undefined);
      back = response?.body?.data?.region?.code === 'MA-01';
      if (!back) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    loading = false;
    await load;
    expect(back).toBe(true);
    expect(ministryFailures).toEqual([]);
    expect(ministryAnswers).toBeGreaterThan(0);
    expect(first.output()).toMatch(/region exited \(SIGKILL\); restarting/);

    // A committed change survives kill -9 of the whole thing (supervisor, parts, PostgreSQL).
    const marker = `Kill probe ${Date.now()}`;
    // Signed with the development secret npm start keeps in its data directory, as `npm run token` does.
    const devSecret = readFileSync(path.join(env.PASSERELLE_DATA_DIR!, 'dev-jwt-secret'), 'utf8').trim();
    const token = await signIdentityToken({ subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' }, secretKey(devSecret), { issuer: 'passerelle-dev', audience: 'passerelle', expiresIn: '5m' });
    const created = await postGraphQL(first.url, `mutation($name: String!) { createStaffMember(input: { regionCode: "MA-01", fullName: $name, grade: "G", corps: "C", department: "D", jobTitle: "J" }) { id } }`, { name: marker }, { authorization: `Bearer ${token}` });
    expect(created.body.errors).toBeUndefined();
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const second = await start(env);
    const found = await postGraphQL(second.url, `query($s: String) { staffMembers(filter: { search: $s }) { edges { node { fullName } } } }`, { s: marker }, { authorization: `Bearer ${token}` });
    expect(found.body.data?.staffMembers.edges, JSON.stringify(found.body) + second.output()).toEqual([{ node: { fullName: marker } }]);
    expect(await stop(second)).toBe(0);
  });

  it('stops cleanly on Ctrl-C while it is still starting: no crash, nothing left running', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-start-early-'));
    chmodSync(dir, 0o777);
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const env = await environment(dir);
    // Its processes are loading and the database is starting: stop it then.
    const { child, output } = await startUntilSpawned(env);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output()).toBe(0);
    expect(output()).toContain('Stopped.');
    expect(output()).not.toMatch(/Unhandled|at .*\.js:\d+/);
    expect(output()).not.toContain('is ready');
    // The embedded PostgreSQL (when one was started) no longer holds its port: a new start works at once.
    if (!process.env.TEST_DATABASE_URL) {
      const again = await start(env);
      expect((await postGraphQL(again.url, '{ regions { totalCount } }')).body.data.regions.totalCount).toBe(12);
      expect(await stop(again)).toBe(0);
    }
  });

  it('leaves no process behind when it is killed with -9 while its processes are still loading', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-start-killed-'));
    chmodSync(dir, 0o777);
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const env = await environment(dir);
    const { child, output } = await startUntilSpawned(env);
    // Its processes are loading their code, some before they listen for the supervisor going away.
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean);
    expect(children.length).toBeGreaterThanOrEqual(3);
    child.kill('SIGKILL');
    // Signal 0 only asks whether the process exists.
    const alive = (pid: number) => { try { return process.kill(pid, 0); } catch { return false; } };
    for (let waited = 0; waited < 25_000 && children.some(alive); waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(children.filter(alive), output()).toEqual([]);
  });

  it('refuses a bad configuration with a message naming each variable', async () => {
    const child = spawn(process.execPath, START, {
      cwd: root,
      env: { ...process.env, GATEWAY_PORT: 'eighty', REGION_DATABASE_URL: 'mysql://nope' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/GATEWAY_PORT: .*"eighty"/);
    expect(output).toMatch(/REGION_DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
