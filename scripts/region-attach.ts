// `npm run region:attach -- --region MA-03 --database-url postgres://…@ma03-server/passerelle_region [--detach]`:
// the national region database (REGION_DATABASE_URL; npm start's embedded one without it) reads
// MA-03's rows live from MA-03's own database (postgres_fdw, docs/regions.md) and refuses to
// write them; --detach stops that. Run it with a superuser of the national database; the region's
// database is a region subgraph database (`npm run db:migrate -- region` with SEED_DEMO_DATA=false).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, databaseUrl, embeddedServerUrl, loadConfig, port } from '#kit/config';
import { connect } from '#kit/db';
import { attachSovereignRegion, detachSovereignRegion, sovereignRegions } from '../subgraphs/region/src/db/sovereign.js';
import { subgraphs } from '../subgraphs/registry.js';

const USAGE = 'Usage: npm run region:attach -- --region MA-03 --database-url postgres://user:password@host:5432/database [--detach]';

try {
  const { values } = parseArgs({ options: { region: { type: 'string' }, 'database-url': { type: 'string' }, detach: { type: 'boolean', default: false } } });
  if (!values.region || (!values.detach && !values['database-url'])) throw new ConfigError(USAGE);
  const env = loadConfig(z.object({ REGION_DATABASE_URL: databaseUrl, EMBEDDED_POSTGRES_PORT: port(54329) }));
  const national = env.REGION_DATABASE_URL ?? embeddedServerUrl(env.EMBEDDED_POSTGRES_PORT, subgraphs.region.embeddedDatabase);
  const sql = connect(national, { max: 1 });
  try {
    if (values.detach) await detachSovereignRegion(sql, values.region);
    else await attachSovereignRegion(sql, values.region, values['database-url']!);
    const attached = await sovereignRegions(sql);
    console.log(`${values.region} ${values.detach ? 'detached' : 'attached'}. Regions read from their own databases: ${attached.join(', ') || 'none'}.`);
    if (!values.detach) console.log('Restart the national region subgraph (npm start) so its connections plan per region.');
  } finally {
    await sql.end({ timeout: 5 });
  }
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
