// `node dist/scripts/migrate.js <region|ministry>` — a deployment's migration step (the
// Kubernetes Job, the compose service; `npm run db:migrate -- region` from the sources):
// migrates the subgraph's database named by its *_DATABASE_URL and exits. Demo data is seeded
// as the subgraph itself would (SEED_DEMO_DATA, else only outside production). Replicas then
// start with PASSERELLE_DATABASE_PREPARED=true and never migrate on their own.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '#kit/config';
import { prepareDatabase } from '#kit/db';
import { migrationConfigShape, seedsDemoData } from '#kit/server';
import { subgraphDatasets } from '../subgraphs/datasets.js';
import { subgraphLaunches, subgraphNames, type SubgraphName } from '../subgraphs/launch.js';

try {
  const { positionals } = parseArgs({ allowPositionals: true });
  const name = positionals[0] as SubgraphName | undefined;
  if (!name || !subgraphNames.includes(name)) throw new ConfigError(`Name the subgraph whose database to migrate: ${subgraphNames.join(' or ')}.`);
  const variable = subgraphLaunches[name].databaseUrlVariable;
  const env = loadConfig(z.object(migrationConfigShape(subgraphLaunches[name].entry))) as Record<string, string | undefined>;
  const seed = seedsDemoData(env);
  const began = performance.now();
  await prepareDatabase(subgraphDatasets[name], env[variable]!, { seed });
  console.log(`${name}: database migrated${seed ? ' and seeded' : ''} in ${Math.round(performance.now() - began)} ms.`);
  process.exit(0);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
