// `npm run bench:startup -- [--runs 3]`: how long `npm start` takes to be ready, wall clock from
// the command (its build step included) to the "is ready" line: once on an empty data directory
// (cold: initdb, migrations, seed) and `--runs` times on the data it left (warm). Free ports and a
// throw-away data directory; each run is stopped with Ctrl-C (SIGINT) before the next.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../scripts/supervisor.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-startup-'));
chmodSync(dataDir, 0o777);

/** One `npm start` (npm's own wrapper included): seconds to ready, and what start.ts says it took. */
async function startOnce(env: Record<string, string>): Promise<{ wall: number; reported: number }> {
  const began = performance.now();
  const child = spawn('npm', ['start'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const reported = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is ready in ([\d.]+) s/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before ready:\n${output}`)));
  });
  const wall = (performance.now() - began) / 1000;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The whole process group, as Ctrl-C in a terminal would: npm and the node it runs.
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  return { wall, reported };
}

try {
  const env = { PASSERELLE_DATA_DIR: dataDir, GATEWAY_PORT: '0', REGION_PORT: '0', MINISTRY_PORT: '0', EMBEDDED_POSTGRES_PORT: String(await freePort()) };
  const rows: string[] = [];
  const cold = await startOnce(env);
  rows.push(`| cold (empty data directory) | ${cold.wall.toFixed(1)} | ${cold.reported.toFixed(1)} |`);
  for (let run = 1; run <= runs; run += 1) {
    const warm = await startOnce(env);
    rows.push(`| warm ${run} | ${warm.wall.toFixed(1)} | ${warm.reported.toFixed(1)} |`);
  }
  console.log('\n| npm start | to ready, wall clock s (npm and the build included) | as start.ts reports it, s |');
  console.log('|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
