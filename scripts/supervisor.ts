import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Run from dist/scripts (npm start, after `npm run build`), the children run their compiled
// entry points too; run from the sources (tsx: tests, benchmarks), they run theirs with tsx.
const compiled = import.meta.url.endsWith('.js');
const root = fileURLToPath(new URL(compiled ? '../..' : '..', import.meta.url));
/** The built bundle of `entry` (dist/, `npm run build`) or the source itself through tsx. */
export const entryArguments = (entry: string, fromBuild = compiled) =>
  fromBuild ? [path.join('dist', entry.replace(/\.ts$/, '.js'))] : ['--import', 'tsx', entry];

export interface ChildSpec {
  /** `gateway`, `region`: prefixes its log lines. */
  name: string;
  /** The entry point, relative to the repository root (run with tsx). */
  entry: string;
  env: Record<string, string>;
  /** V8 heap cap: past it the process dies and is restarted, the others keep answering. */
  memoryMb: number;
  /** Run the built bundle (dist/) rather than the source; by default, as the supervisor itself runs. */
  fromBuild?: boolean;
  /** More Node flags (benchmarks: --max-semi-space-size, --cpu-prof). */
  nodeFlags?: string[];
  /**
   * Each launch of the process gets the IPC message `{ type: 'start' }` once this resolves
   * (`npm start`: once the database is migrated); a subgraph started with
   * PASSERELLE_DATABASE_PREPARED=on-message serves only then. The health wait begins then too.
   */
  startWhen?: Promise<void>;
  /** Where it answers once ready (its /health). */
  healthUrl: string;
}

export interface SupervisedChild {
  readonly name: string;
  pid(): number | undefined;
  restarts(): number;
  /** Resolves once /health answers. */
  ready(): Promise<void>;
  /** No more restarts from now on (a Ctrl-C reaches every process of the terminal at once). */
  halt(): void;
  stop(): Promise<void>;
}

/** A TCP port free now on 127.0.0.1, for a child told to listen on "0"; never one of `avoid` (already promised to another part). */
export async function freePort(avoid: ReadonlySet<number> = new Set()): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
      });
    });
    if (!avoid.has(port)) return port;
  }
}

function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * Waits for a port to be free: the processes of a run that was just killed let go of theirs
 * within a moment. Without it, the health check could be answered by one of them.
 */
export async function waitForFreePort(host: string, port: number, timeoutMillis = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (!(await portIsFree(host, port))) {
    if (Date.now() > deadline) throw new Error(`Port ${port} on ${host} is taken by another program; choose another port (see README, Configuration).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A child tells its supervisor over IPC when it serves (`{ type: 'serving' }`); that wakes every
 * health wait at once, since the gateway's health follows the subgraphs'. The polls go on
 * meanwhile: a part run from elsewhere says nothing.
 */
const healthWaiters = new Set<() => void>();
const pollAgain = (millis: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      healthWaiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, millis);
    healthWaiters.add(done);
  });

/** The status an HTTP GET answers with; node:http, because fetch would load undici (~75 ms of this process's start). */
function statusOf(url: string, timeoutMillis: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: timeoutMillis }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error(`${url}: no answer within ${timeoutMillis} ms`)));
    request.on('error', reject);
  });
}

async function waitForHealth(url: string, child: () => ChildProcess | undefined, timeoutMillis = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (Date.now() < deadline) {
    const current = child();
    if (!current || current.exitCode !== null || current.signalCode !== null) throw new Error(`${url}: the process exited before answering`);
    try {
      // 200 only: a server listens before its routes exist, and would answer 404 meanwhile.
      if ((await statusOf(url, 1000)) === 200) return;
    } catch {
      // Not listening yet.
    }
    await pollAgain(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMillis / 1000} s`);
}

/**
 * Runs one part of the graph as its own process and restarts it when it dies (after 0.1 s,
 * doubling up to 5 s while it keeps dying). It is given an IPC channel so that it exits when
 * this supervisor does, even on `kill -9`: no orphan keeps a port.
 */
export function supervise(spec: ChildSpec, log: (line: string) => void): SupervisedChild {
  let current: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let backoff = 100;

  const prefix = (stream: NodeJS.ReadableStream | null) => {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) log(`[${spec.name}] ${line}`);
    });
  };

  const launch = (): ChildProcess => {
    const flags = [`--max-old-space-size=${spec.memoryMb}`, ...(spec.nodeFlags ?? [])];
    const child = spawn(process.execPath, [...flags, ...entryArguments(spec.entry, spec.fromBuild)], {
      cwd: root,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    prefix(child.stdout);
    prefix(child.stderr);
    child.on('message', (message: { type?: unknown } | null) => {
      if (message?.type === 'serving') for (const wake of [...healthWaiters]) wake();
    });
    void spec.startWhen?.then(() => {
      if (child.connected) child.send({ type: 'start' });
    }, () => {});
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      if (stopping) return;
      // A process that ran a while before dying starts again at once; one that keeps dying waits longer.
      backoff = Date.now() - startedAt > 30_000 ? 100 : Math.min(backoff * 2, 5000);
      log(`[supervisor] ${spec.name} exited (${signal ?? `code ${code}`}); restarting in ${backoff} ms`);
      setTimeout(() => {
        if (stopping) return;
        restarts += 1;
        current = launch();
        whenStarted(() => waitForHealth(spec.healthUrl, () => current)).then(
          () => log(`[supervisor] ${spec.name} is back (restart ${restarts})`),
          (error: unknown) => log(`[supervisor] ${spec.name}: ${String(error)}`),
        );
      }, backoff).unref();
    });
    return child;
  };

  const whenStarted = (wait: () => Promise<void>) => (spec.startWhen ?? Promise.resolve()).then(wait);
  current = launch();
  const firstReady = whenStarted(() => waitForHealth(spec.healthUrl, () => current));
  // Whoever asks for ready() handles a failure; a start stopped before anyone asked must not
  // crash the supervisor with an unhandled rejection.
  firstReady.catch(() => {});
  return {
    name: spec.name,
    pid: () => current?.pid,
    restarts: () => restarts,
    ready: () => firstReady,
    halt: () => {
      stopping = true;
    },
    stop: async () => {
      stopping = true;
      const child = current;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}
