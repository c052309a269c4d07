// `npm run docs:config`: README's table of environment variables, generated from the
// configuration schemas the processes validate at start — which variables exist, their
// defaults, and which part reads each — with the meaning of each from MEANINGS below. A test
// holds README to it, and fails when a schema gains a variable this file does not explain.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { logConfigShape, tracingConfigShape } from '#kit/log';
import { subgraphConfigShape } from '#kit/server';
import { gatewayConfigSchema } from '../gateway/src/config.js';
import { subgraphs } from '../subgraphs/registry.js';
import { startConfigSchema } from './start-config.js';

interface Meaning {
  meaning: string;
  /** The default in words, where the schema's own (a value, or unset) does not say it. */
  default?: string;
  /** Keep it in a secret store (a Kubernetes Secret), not in plain configuration. */
  secret?: true;
}

const readme = path.resolve(import.meta.dirname, '..', 'README.md');
const BEGIN = '<!-- configuration table: npm run docs:config writes it from the config schemas -->';
const END = '<!-- end of configuration table -->';

/** In the order README shows them. */
const MEANINGS: Record<string, Meaning> = {
  NODE_ENV: { meaning: '`production` for deployments: no demo data, no introspection or explorer, JSON logs, client-token keys required' },
  REGION_DATABASE_URL: { meaning: '`postgres://…` of the region subgraph\'s own database', default: 'unset: embedded (`npm start`); required by the subgraph', secret: true },
  MINISTRY_DATABASE_URL: { meaning: '`postgres://…` of the ministry subgraph\'s own database', default: 'unset: embedded (`npm start`); required by the subgraph', secret: true },
  PASSERELLE_DATA_DIR: { meaning: 'where the embedded PostgreSQL and the development token secret (`npm start`, gateway) and the documents’ files (region: `<dir>/region/documents/`) are kept' },
  EMBEDDED_POSTGRES_PORT: { meaning: 'port of the embedded PostgreSQL (127.0.0.1 only)' },
  GATEWAY_PORT: { meaning: 'HTTP port of the gateway (`0`: any free port)' },
  REGION_PORT: { meaning: 'HTTP port of the region subgraph (`0`: any free port)' },
  MINISTRY_PORT: { meaning: 'HTTP port of the ministry subgraph (`0`: any free port)' },
  HOST: { meaning: 'interface the servers listen on (`0.0.0.0` in a container)' },
  REGION_SUBGRAPH_URL: { meaning: 'where the gateway reaches the region subgraph', default: 'from `schema/supergraph.yaml`' },
  MINISTRY_SUBGRAPH_URL: { meaning: 'where the gateway reaches the ministry subgraph; the region subgraph checks trainer and programme ids there', default: 'from `schema/supergraph.yaml`; unset for the region subgraph: ids unchecked' },
  SEED_DEMO_DATA: { meaning: 'seed demo data into an empty database (standalone subgraphs, `db:migrate`)', default: '`true` unless `NODE_ENV=production`' },
  PASSERELLE_DATABASE_PREPARED: { meaning: '`true`: do not migrate at start (a deployment step did: `node dist/scripts/migrate.js`); `npm start` sets `on-message` (it migrates, then tells each subgraph to serve)' },
  PASSERELLE_PREPARED_STATEMENTS: { meaning: '`false`: never run statements as prepared statements (behind a connection pooler in transaction mode without prepared-statement support, e.g. PgBouncer before 1.21); by default each statement without a list of parameters is prepared once per connection' },
  PASSERELLE_INTERNAL_SECRET: { meaning: 'secret (≥ 32 characters) the gateway signs its calls to the subgraphs with; the same value for the gateway and every subgraph', default: '`npm start` in development: random per run; required otherwise', secret: true },
  PASSERELLE_JWT_SECRET: { meaning: 'HS256 secret (≥ 32 characters) client bearer tokens are signed with; `npm run token` uses it', default: 'unset: `.data/dev-jwt-secret` (development only)', secret: true },
  PASSERELLE_JWKS_URL: { meaning: 'the identity provider\'s JSON Web Key Set; instead of `PASSERELLE_JWT_SECRET`' },
  PASSERELLE_JWT_ISSUER: { meaning: 'the `iss` client tokens must carry' },
  PASSERELLE_JWT_AUDIENCE: { meaning: 'the `aud` client tokens must carry' },
  GATEWAY_MAX_DEPTH: { meaning: 'deepest selection an operation may have (see [Limits](#limits-what-one-request-may-ask-for))' },
  GATEWAY_MAX_ALIASES: { meaning: 'aliases an operation may use' },
  GATEWAY_MAX_DIRECTIVES: { meaning: 'directives an operation may use' },
  GATEWAY_MAX_TOKENS: { meaning: 'tokens the parser reads before it refuses a document' },
  GATEWAY_COST_BUDGETS: { meaning: 'estimated cost allowed per role, e.g. `public=2000,ministry-analyst=50000`', default: 'unset: the budgets in [Limits](#limits-what-one-request-may-ask-for)' },
  GATEWAY_REQUEST_TIMEOUT_MS: { meaning: 'deadline of a request: its subgraph fetches are aborted past it' },
  GATEWAY_MAX_RESPONSE_BYTES: { meaning: 'largest answer sent; a larger one is `RESPONSE_TOO_LARGE`' },
  GATEWAY_MAX_BODY_BYTES: { meaning: 'largest request body accepted' },
  GATEWAY_CORS_ORIGINS: { meaning: 'origins (scheme://host[:port], comma-separated) whose web apps may call the gateway', default: 'unset: none' },
  GATEWAY_EXPLORER: { meaning: 'serve GraphiQL at `/explorer`', default: '`true` unless `NODE_ENV=production`' },
  GATEWAY_INTROSPECTION: { meaning: 'answer introspection queries', default: '`true` unless `NODE_ENV=production`' },
  TRUSTED_DOCUMENTS: { meaning: '`required`: run only the operations of the listed manifests (see [The schema for clients](#the-schema-for-clients))' },
  TRUSTED_DOCUMENTS_MANIFESTS: { meaning: 'trusted-document manifests (JSON files, comma-separated paths)', default: 'unset: none' },
  PASSERELLE_PROCESS_MEMORY_MB: { meaning: 'heap cap of each process `npm start` runs; past it the process restarts' },
  REDIS_URL: { meaning: 'gateway replicas share Apollo\'s persisted-query cache there; Redis away is a cache miss, never a failed request', default: 'unset: per process', secret: true },
  LOG_LEVEL: { meaning: '`fatal` … `trace`, or `silent`: what each process logs (see [Logs](#logs))' },
  LOG_FORMAT: { meaning: '`json`: one object per line; `pretty`: one readable line', default: '`json` if `NODE_ENV=production`, else `pretty`' },
  LOG_FILE: { meaning: 'append the log lines to this file (the test suite does)', default: 'unset: standard output' },
  OTEL_EXPORTER_OTLP_ENDPOINT: { meaning: 'an OpenTelemetry collector (`http://collector:4318`): each process exports its spans over OTLP/HTTP (see [Traces](#traces))', default: 'unset: no traces' },
  OTEL_SERVICE_NAME: { meaning: 'the `service.name` of a process\'s spans', default: 'the part\'s name' },
};

/** Which part reads which variables: each one's own schema. */
function readers(): Record<string, Record<string, z.ZodType>> {
  const observability = { ...logConfigShape, ...tracingConfigShape };
  return {
    // npm start hands the rest of its environment on to the processes it starts.
    '`npm start`': startConfigSchema.shape,
    gateway: { ...gatewayConfigSchema.shape, ...observability },
    region: { ...subgraphConfigShape(subgraphs.region.entry), ...observability },
    ministry: { ...subgraphConfigShape(subgraphs.ministry.entry), ...observability },
  };
}

/** The schema's own default in words: its value, unset, or required. */
function defaultOf(schema: z.ZodType): string {
  const definition = (schema as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  if (definition.type === 'default') return `\`${String(definition.defaultValue)}\``;
  return schema.safeParse(undefined).success ? 'unset' : 'required';
}

export function configurationTable(): string {
  const parts = readers();
  const variables = new Map<string, { schema: z.ZodType; parts: string[] }>();
  for (const [part, shape] of Object.entries(parts)) {
    for (const [name, schema] of Object.entries(shape)) {
      const entry = variables.get(name) ?? { schema, parts: [] };
      entry.parts.push(part);
      variables.set(name, entry);
    }
  }
  const unexplained = [...variables.keys()].filter((name) => !MEANINGS[name]);
  const unread = Object.keys(MEANINGS).filter((name) => !variables.has(name));
  if (unexplained.length || unread.length) {
    throw new Error(`scripts/config-doc.ts: explain ${unexplained.join(', ') || 'nothing'}; no schema reads ${unread.join(', ') || 'nothing'}.`);
  }
  const rows = Object.entries(MEANINGS).map(([name, meaning]) => {
    const { schema, parts: readBy } = variables.get(name)!;
    return `| \`${name}\` | ${meaning.default ?? defaultOf(schema)} | ${readBy.join(', ')} | ${meaning.secret ? 'yes' : ''} | ${meaning.meaning} |`;
  });
  return ['| variable | default | read by | secret | meaning |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** README's table as it stands (between the markers). */
export function readmeTable(text = readFileSync(readme, 'utf8')): string {
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) throw new Error('README has no configuration table markers.');
  return text.slice(begin + BEGIN.length, end).trim();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = readFileSync(readme, 'utf8');
  const current = readmeTable(text);
  writeFileSync(readme, text.replace(current, configurationTable()));
  console.log('README: configuration table written from the config schemas.');
}
