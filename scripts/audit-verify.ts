// `npm run audit:verify -- <region|ministry> [--expect-head <id>:<hash>]`: walks a subgraph's
// audit log and names the first row that does not match its hash or its link to the row
// before it (a row changed, removed or inserted afterwards, even by the database owner). It
// prints the chain's head (`id:hash`): keep it somewhere the database owner cannot write, and
// pass it back with --expect-head to catch a rewrite that recomputed every hash up to it.
// The database: the subgraph's *_DATABASE_URL, else the embedded one of a running `npm start`.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, databaseUrl, embeddedServerUrl, loadConfig, port } from '#kit/config';
import { connect } from '#kit/db';
import { verifyAuditChain } from '#kit/write';
import { subgraphNames, subgraphs, type SubgraphName } from '../subgraphs/registry.js';

const USAGE = `Usage: npm run audit:verify -- <${subgraphNames.join('|')}> [--expect-head <id>:<hash>]`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'expect-head': { type: 'string' } } });
  const name = positionals[0] as SubgraphName | undefined;
  if (!name || !subgraphNames.includes(name)) throw new ConfigError(`Name the subgraph whose audit log to verify.\n${USAGE}`);
  const head = values['expect-head'];
  const expected = head === undefined ? undefined : /^(\d+):([0-9a-f]{64})$/.exec(head);
  if (expected === null) throw new ConfigError(`--expect-head must be <id>:<hash> as printed by an earlier run (got ${JSON.stringify(head)}).\n${USAGE}`);
  const entry = subgraphs[name];
  const config = loadConfig(z.object({ [entry.databaseUrlVariable]: databaseUrl, EMBEDDED_POSTGRES_PORT: port(54329) })) as Record<string, string | number | undefined>;
  const url = (config[entry.databaseUrlVariable] as string | undefined) ?? embeddedServerUrl(Number(config.EMBEDDED_POSTGRES_PORT), entry.embeddedDatabase);
  const sql = connect(url, { max: 1, applicationName: 'passerelle-audit-verify' });
  try {
    const verdict = await verifyAuditChain(sql, expected ? { id: Number(expected[1]), hash: expected[2]! } : undefined).catch((error: unknown) => {
      throw new ConfigError(`Could not read ${name}'s audit log (${error instanceof Error ? error.message : String(error)}): start \`npm start\`, or set ${entry.databaseUrlVariable}.`);
    });
    console.log(`${name} audit log: ${verdict.rows} rows.`);
    if (verdict.broken) {
      console.log(`NOT INTACT from row ${verdict.broken.id}: ${verdict.broken.reason}.`);
      return 1;
    }
    console.log(`Intact. Chain head (keep it to check against later): ${verdict.head ? `${verdict.head.id}:${verdict.head.hash}` : 'none (the log is empty)'}`);
    return 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  },
);
