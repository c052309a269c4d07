// One PostgreSQL for the whole run: the embedded server by default, or the server named by
// TEST_DATABASE_URL. Each subgraph's database is migrated and seeded once as a template; test
// files copy it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { prepareDatabase, quoteIdentifier, startEmbeddedPostgres, urlOfDatabase, type EmbeddedServer } from '#kit/db';
import { subgraphNames, subgraphs } from '../../subgraphs/registry.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templates: Record<string, string>;
    runId: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  // Every process of the run (test files, and the servers they spawn) appends its log lines
  // here unless told otherwise; the teardown scans them for personal data.
  const logDir = mkdtempSync(path.join(tmpdir(), 'passerelle-test-logs-'));
  const logFile = process.env.LOG_FILE ?? path.join(logDir, 'suite.log');
  process.env.LOG_FILE = logFile;
  process.env.LOG_LEVEL ??= 'info';
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-test-pg-'));
    chmodSync(dataDir, 0o777); // PostgreSQL runs as the unprivileged `postgres` user when we are root
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'cluster'), port: await freePort(), ephemeral: true });
    adminUrl = embedded.urlFor('postgres');
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const templates: Record<string, string> = {};
  for (const name of subgraphNames) {
    const template = `passerelle_tpl_${name}_${runId}`;
    await admin.unsafe(`create database ${quoteIdentifier(template)}`);
    await prepareDatabase(subgraphs[name].dataset, urlOfDatabase(adminUrl, template));
    templates[name] = template;
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templates', templates);
  project.provide('runId', runId);

  // The personal data the suite's logs must never hold: the demo staff's names, e-mails and
  // phones (tests add more, all with e-mail addresses, which the scan refuses in any form).
  const personal: string[] = [];
  const region = postgres(urlOfDatabase(adminUrl, templates.region!), { max: 1, onnotice: () => {} });
  for (const row of await region<{ full_name: string; email: string | null; phone: string | null }[]>`select full_name, email, phone from staff_members`) {
    personal.push(row.full_name, ...(row.email ? [row.email] : []), ...(row.phone ? [row.phone] : []));
  }
  await region.end();

  return async () => {
    // Drop what this run made (templates and per-file copies), even on a shared server.
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`passerelle_%${runId}%`}`;
    for (const { datname } of leftovers) {
      await admin.unsafe(`drop database if exists ${quoteIdentifier(datname)} with (force)`);
    }
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    const leaks = scanForPersonalData(logFile, personal);
    rmSync(logDir, { recursive: true, force: true });
    if (leaks.length > 0) {
      // A teardown's exception is only printed by vitest: the exit code is what fails the run.
      console.error(`\nFAIL: personal data in ${leaks.length} of the suite's log lines; the first ones:\n${leaks.slice(0, 5).join('\n')}`);
      process.exitCode = 1;
    }
  };
}

/** Log lines that hold an e-mail address or one of `personal` (names, phones). */
export function scanForPersonalData(logFile: string, personal: readonly string[]): string[] {
  if (!existsSync(logFile)) return [];
  const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => email.test(line) || personal.some((value) => line.includes(value)));
}
