import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts one part of the graph from its bundle in dist/ (`node dist/…`, NODE_ENV=production,
 * only the variables given, the run's LOG_FILE) and resolves once its /health answers 200.
 */
export async function startPart(cwd: string, entry: string, env: Record<string, string>, healthUrl: string): Promise<ChildProcess> {
  let output = '';
  const child = spawn(process.execPath, [entry], { cwd, env: { PATH: process.env.PATH!, NODE_ENV: 'production', LOG_FILE: process.env.LOG_FILE!, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${entry} exited (${child.exitCode}):\n${output}`);
    if (await fetch(healthUrl).then((response) => response.ok, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${entry} not healthy in 15 s:\n${output}`);
}

/** Stops the parts and waits for each to exit. */
export async function stopParts(children: readonly ChildProcess[]): Promise<void> {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
}
